//! The table of validation rules: every finding code DataGO can report, with its severity and
//! its message in Bahasa Indonesia and English. Codes are stable: a released code never changes
//! meaning. `{name}` in a message is filled in from the finding.
//!
//! ```
//! use datago_core::rules;
//! assert!(rules::ALL.iter().any(|r| r.code == "dataset.slug.invalid"));
//! assert_eq!(rules::lookup("catalog.walidata.missing").unwrap().severity, datago_core::Severity::Error);
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::finding::Severity;

/// One validation rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Rule {
    /// Stable machine code.
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Message template in Bahasa Indonesia.
    pub id: &'static str,
    /// Message template in English.
    pub en: &'static str,
}

/// Looks a rule up by code.
pub fn lookup(code: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.code == code)
}

macro_rules! rules {
    ($( $name:ident = ($code:literal, $sev:ident, $id:literal, $en:literal); )*) => {
        $(
            #[doc = concat!("`", $code, "` (", stringify!($sev), "): ", $en)]
            pub const $name: Rule = Rule { code: $code, severity: Severity::$sev, id: $id, en: $en };
        )*
        /// Every rule, in the order of this table.
        pub const ALL: &[Rule] = &[$($name),*];
    };
}

rules! {
    // --- dataset -------------------------------------------------------------------------------
    DATASET_ID_MISSING = ("dataset.id.missing", Error,
        "ID dataset wajib diisi: beri pengenal tetap, misalnya UUID.",
        "The dataset id is required: give it a stable identifier such as a UUID.");
    DATASET_ID_INVALID = ("dataset.id.invalid", Error,
        "ID dataset '{value}' tidak sah: gunakan 1–100 karakter huruf, angka, '.', '_', ':' atau '-'.",
        "Dataset id '{value}' is invalid: use 1–100 characters among letters, digits, '.', '_', ':' and '-'.");
    DATASET_SLUG_INVALID = ("dataset.slug.invalid", Error,
        "Slug '{value}' tidak sah: {reason_id}.",
        "Slug '{value}' is invalid: {reason_en}.");
    DATASET_TITLE_MISSING = ("dataset.title.missing", Error,
        "Judul dataset wajib diisi.",
        "The dataset title is required.");
    DATASET_TITLE_NO_INDONESIAN = ("dataset.title.no-indonesian", Warning,
        "Judul belum tersedia dalam Bahasa Indonesia (kunci 'id').",
        "The title has no Bahasa Indonesia text (key 'id').");
    DATASET_TITLE_NO_ENGLISH = ("dataset.title.no-english", Info,
        "Tambahkan judul dalam Bahasa Inggris (kunci 'en') agar dataset mudah ditemukan pengguna internasional.",
        "Add an English title (key 'en') so international users can find the dataset.");
    DATASET_DESCRIPTION_MISSING = ("dataset.description.missing", Error,
        "Deskripsi dataset wajib diisi: jelaskan isi, cakupan dan sumber data.",
        "The dataset description is required: say what the data holds, its coverage and its source.");
    DATASET_KEYWORDS_MISSING = ("dataset.keywords.missing", Warning,
        "Tambahkan kata kunci agar dataset mudah dicari.",
        "Add keywords so the dataset can be found.");
    DATASET_KEYWORD_INVALID = ("dataset.keyword.invalid", Error,
        "Kata kunci '{value}' tidak sah: 2–100 karakter berupa huruf, angka, spasi, '-', '_' atau '.'.",
        "Keyword '{value}' is invalid: use 2–100 characters among letters, digits, spaces, '-', '_' and '.'.");
    DATASET_KEYWORD_DUPLICATE = ("dataset.keyword.duplicate", Warning,
        "Kata kunci '{value}' tercantum lebih dari sekali.",
        "Keyword '{value}' is listed more than once.");
    DATASET_THEMES_MISSING = ("dataset.themes.missing", Warning,
        "Pilih minimal satu urusan pemerintahan (misalnya '1.02' Kesehatan).",
        "Choose at least one urusan (government affair), e.g. '1.02' Health.");
    DATASET_THEME_UNKNOWN = ("dataset.theme.unknown", Error,
        "Kode urusan '{value}' tidak dikenal dalam Permendagri 90/2019.",
        "Urusan code '{value}' is not in Permendagri 90/2019.");
    DATASET_PRODUCER_MISSING = ("dataset.producer.missing", Error,
        "Produsen data wajib diisi dengan kode organisasi.",
        "The data producer (produsen data) is required: give an organization code.");
    DATASET_WALIDATA_MISSING = ("dataset.walidata.missing", Error,
        "Walidata wajib diisi dengan kode organisasi.",
        "The walidata (data steward) is required: give an organization code.");
    DATASET_TEMPORAL_REVERSED = ("dataset.temporal.reversed", Error,
        "Awal cakupan waktu ({start}) jatuh setelah akhirnya ({end}).",
        "The temporal coverage starts ({start}) after it ends ({end}).");
    DATASET_SPATIAL_MISSING = ("dataset.spatial.missing", Warning,
        "Cantumkan cakupan wilayah dengan kode wilayah.",
        "Give the spatial coverage as a region code.");
    DATASET_LICENSE_MISSING_OPEN = ("dataset.license.missing", Error,
        "Data terbuka wajib mencantumkan lisensi (misalnya CC-BY-4.0).",
        "Open (terbuka) data must state a license (e.g. CC-BY-4.0).");
    DATASET_LICENSE_MISSING_CLOSED = ("dataset.license.missing-restricted", Warning,
        "Cantumkan lisensi atau syarat penggunaan data ini.",
        "State a license or the terms of use of this data.");
    DATASET_RESOURCES_MISSING = ("dataset.resources.missing", Warning,
        "Dataset belum memiliki sumber daya (berkas atau tautan data).",
        "The dataset has no resources (data files or links) yet.");
    DATASET_PUBLISHED_NOT_OPEN = ("dataset.published.not-open", Error,
        "Dataset berstatus terbit tetapi klasifikasinya '{value}': hanya data terbuka yang boleh diterbitkan di portal.",
        "The dataset is published but classified '{value}': only terbuka (open) data may be published on the portal.");
    DATASET_HISTORY_MISSING = ("dataset.history.missing", Warning,
        "Status '{value}' tidak tercatat dalam riwayat: gunakan alur kerja agar setiap perubahan status tercatat.",
        "Status '{value}' is not backed by the history: use the workflow so every status change is recorded.");
    DATASET_HISTORY_BROKEN = ("dataset.history.broken", Error,
        "Riwayat status terputus: langkah ini berawal dari '{from}' padahal status sebelumnya '{previous}'.",
        "The status history is broken: this step starts from '{from}' but the previous status was '{previous}'.");
    DATASET_HISTORY_ILLEGAL = ("dataset.history.illegal", Error,
        "Langkah '{action}' dari '{from}' ke '{to}' tidak diizinkan oleh alur kerja.",
        "Step '{action}' from '{from}' to '{to}' is not allowed by the workflow.");
    DATASET_HISTORY_UNORDERED = ("dataset.history.unordered", Error,
        "Waktu langkah riwayat ini lebih awal daripada langkah sebelumnya.",
        "This history step is dated before the previous one.");
    DATASET_HISTORY_STATUS_MISMATCH = ("dataset.history.status-mismatch", Error,
        "Status dataset '{status}' tidak sama dengan hasil langkah terakhir riwayat '{last}'.",
        "The dataset status '{status}' differs from the outcome of the last history step '{last}'.");
    DATASET_MODIFIED_BEFORE_ISSUED = ("dataset.modified.before-issued", Error,
        "Tanggal pembaruan jatuh sebelum tanggal terbit.",
        "The modification date is before the issue date.");

    // --- resource ------------------------------------------------------------------------------
    RESOURCE_TITLE_MISSING = ("resource.title.missing", Error,
        "Judul sumber daya wajib diisi.",
        "The resource title is required.");
    RESOURCE_LOCATION_MISSING = ("resource.location.missing", Error,
        "Sumber daya wajib memiliki 'url' atau 'path' berkas.",
        "A resource needs a 'url' or a file 'path'.");
    RESOURCE_URL_INVALID = ("resource.url.invalid", Error,
        "URL '{value}' tidak sah: gunakan alamat http:// atau https:// lengkap.",
        "URL '{value}' is invalid: use a full http:// or https:// address.");
    RESOURCE_PATH_INVALID = ("resource.path.invalid", Error,
        "Path '{value}' tidak sah: gunakan path relatif di dalam direktori katalog, tanpa '..'.",
        "Path '{value}' is invalid: use a relative path inside the catalog directory, without '..'.");
    RESOURCE_FORMAT_MISSING = ("resource.format.missing", Warning,
        "Cantumkan format berkas (misalnya CSV).",
        "State the file format (e.g. CSV).");
    RESOURCE_MEDIA_TYPE_INVALID = ("resource.media-type.invalid", Error,
        "Media type '{value}' tidak sah: gunakan bentuk 'jenis/subjenis' IANA, misalnya text/csv.",
        "Media type '{value}' is invalid: use an IANA 'type/subtype' such as text/csv.");
    RESOURCE_MEDIA_TYPE_MISMATCH = ("resource.media-type.mismatch", Warning,
        "Format '{format}' biasanya bermedia type '{expected}', bukan '{value}'.",
        "Format '{format}' usually has media type '{expected}', not '{value}'.");
    RESOURCE_CHECKSUM_MALFORMED = ("resource.checksum.malformed", Error,
        "Checksum {algorithm} harus berupa {length} digit heksadesimal huruf kecil.",
        "A {algorithm} checksum must be {length} lowercase hexadecimal digits.");
    RESOURCE_SCHEMA_MISSING = ("resource.schema.missing", Info,
        "Tambahkan Table Schema agar isi berkas tabel dapat divalidasi.",
        "Add a Table Schema so the table's contents can be validated.");
    RESOURCE_SCHEMA_FIELD_NAME_MISSING = ("resource.schema.field-name.missing", Error,
        "Setiap kolom dalam Table Schema wajib bernama.",
        "Every field of the Table Schema needs a name.");
    RESOURCE_SCHEMA_FIELD_DUPLICATE = ("resource.schema.field-name.duplicate", Error,
        "Nama kolom '{value}' muncul lebih dari sekali dalam Table Schema.",
        "Field name '{value}' appears more than once in the Table Schema.");
    RESOURCE_SCHEMA_PRIMARY_KEY_UNKNOWN = ("resource.schema.primary-key.unknown-field", Error,
        "Primary key menyebut kolom '{value}' yang tidak ada dalam Table Schema.",
        "The primary key names field '{value}', which the Table Schema does not have.");
    RESOURCE_SCHEMA_CONSTRAINT_RANGE = ("resource.schema.constraint.range", Error,
        "Batasan kolom '{value}' tidak masuk akal: nilai minimum melebihi maksimum.",
        "The constraints of field '{value}' are contradictory: the minimum exceeds the maximum.");
    RESOURCE_FILE_MISSING = ("resource.file.missing", Error,
        "Berkas '{value}' tidak ditemukan di direktori katalog.",
        "File '{value}' is not in the catalog directory.");
    RESOURCE_FILE_SIZE_MISMATCH = ("resource.file.size-mismatch", Error,
        "Ukuran berkas '{value}' {actual} bita, sedangkan metadata menyebut {declared} bita.",
        "File '{value}' is {actual} bytes but the metadata says {declared} bytes.");
    RESOURCE_FILE_CHECKSUM_MISMATCH = ("resource.file.checksum-mismatch", Error,
        "Checksum berkas '{value}' tidak cocok dengan metadata: berkas berubah atau metadata usang.",
        "The checksum of file '{value}' does not match the metadata: the file changed or the metadata is stale.");
    RESOURCE_FILE_HEADER_MISMATCH = ("resource.file.header-mismatch", Error,
        "Header CSV '{value}' ({actual}) tidak sama dengan kolom Table Schema ({expected}).",
        "The CSV header of '{value}' ({actual}) differs from the Table Schema fields ({expected}).");
    RESOURCE_FILE_UNREADABLE = ("resource.file.unreadable", Error,
        "Berkas CSV '{value}' tidak dapat dibaca: {detail}.",
        "CSV file '{value}' cannot be read: {detail}.");
    RESOURCE_FILE_CHECKSUM_UNSUPPORTED = ("resource.file.checksum-unsupported", Info,
        "Checksum {algorithm} berkas '{value}' tidak diperiksa: DataGO memeriksa sha256.",
        "The {algorithm} checksum of file '{value}' was not verified: DataGO verifies sha256.");

    // --- shared --------------------------------------------------------------------------------
    DOCUMENT_UNKNOWN_FIELD = ("document.unknown-field", Warning,
        "Kolom '{value}' tidak dikenal sehingga diabaikan: periksa ejaannya (nama kolom memakai camelCase).",
        "Field '{value}' is unknown and was ignored: check its spelling (field names are camelCase).");
    REGION_MALFORMED = ("region.malformed", Error,
        "Kode wilayah '{value}' tidak sesuai bentuk skema {scheme} (Kemendagri: 33.71, BPS: 3371).",
        "Region code '{value}' does not have the shape of scheme {scheme} (Kemendagri: 33.71, BPS: 3371).");

    // --- contact point -------------------------------------------------------------------------
    CONTACT_CHANNEL_MISSING = ("contact.channel.missing", Warning,
        "Narahubung belum memiliki surel, telepon maupun URL.",
        "The contact point has no e-mail, phone or URL.");
    CONTACT_EMAIL_INVALID = ("contact.email.invalid", Error,
        "Alamat surel '{value}' tidak sah.",
        "E-mail address '{value}' is invalid.");
    CONTACT_URL_INVALID = ("contact.url.invalid", Error,
        "URL narahubung '{value}' tidak sah: gunakan alamat http:// atau https:// lengkap.",
        "Contact URL '{value}' is invalid: use a full http:// or https:// address.");
    CONTACT_PHONE_INVALID = ("contact.phone.invalid", Error,
        "Nomor telepon '{value}' tidak sah: gunakan angka, spasi, '+', '-' atau tanda kurung.",
        "Phone number '{value}' is invalid: use digits, spaces, '+', '-' and parentheses.");

    // --- organization --------------------------------------------------------------------------
    ORGANIZATION_CODE_INVALID = ("organization.code.invalid", Error,
        "Kode organisasi '{value}' tidak sah: {reason_id}.",
        "Organization code '{value}' is invalid: {reason_en}.");
    ORGANIZATION_NAME_MISSING = ("organization.name.missing", Error,
        "Nama organisasi wajib diisi.",
        "The organization name is required.");
    ORGANIZATION_CONTACT_MISSING = ("organization.contact.missing", Warning,
        "Cantumkan narahubung organisasi.",
        "Give the organization a contact point.");
    ORGANIZATION_PARENT_SELF = ("organization.parent.self", Error,
        "Organisasi tidak boleh menjadi induk dirinya sendiri.",
        "An organization cannot be its own parent.");

    // --- catalog -------------------------------------------------------------------------------
    CATALOG_ID_MISSING = ("catalog.id.missing", Error,
        "ID katalog wajib diisi.",
        "The catalog id is required.");
    CATALOG_TITLE_MISSING = ("catalog.title.missing", Error,
        "Judul katalog wajib diisi.",
        "The catalog title is required.");
    CATALOG_DESCRIPTION_MISSING = ("catalog.description.missing", Error,
        "Deskripsi katalog wajib diisi.",
        "The catalog description is required.");
    CATALOG_PUBLISHER_MISSING = ("catalog.publisher.missing", Error,
        "Penerbit katalog wajib diisi dengan kode organisasi.",
        "The catalog publisher is required: give an organization code.");
    CATALOG_PUBLISHER_UNKNOWN = ("catalog.publisher.unknown", Error,
        "Penerbit '{value}' tidak ada dalam daftar organisasi katalog.",
        "Publisher '{value}' is not among the catalog's organizations.");
    CATALOG_HOMEPAGE_INVALID = ("catalog.homepage.invalid", Error,
        "Beranda '{value}' tidak sah: gunakan alamat http:// atau https:// lengkap.",
        "Homepage '{value}' is invalid: use a full http:// or https:// address.");
    CATALOG_ORGANIZATION_DUPLICATE = ("catalog.organization.duplicate", Error,
        "Kode organisasi '{value}' dipakai lebih dari sekali.",
        "Organization code '{value}' is used more than once.");
    CATALOG_ORGANIZATION_PARENT_UNKNOWN = ("catalog.organization.parent-unknown", Error,
        "Induk '{value}' tidak ada dalam daftar organisasi katalog.",
        "Parent '{value}' is not among the catalog's organizations.");
    CATALOG_ORGANIZATION_PARENT_CYCLE = ("catalog.organization.parent-cycle", Error,
        "Hierarki organisasi berputar: '{value}' menjadi induk bagi dirinya sendiri secara tidak langsung.",
        "The organization hierarchy loops: '{value}' is indirectly its own parent.");
    CATALOG_WALIDATA_MISSING = ("catalog.walidata.missing", Error,
        "Katalog wajib memiliki satu organisasi berperan walidata (Perpres 39/2019).",
        "The catalog needs one organization with the walidata role (Perpres 39/2019).");
    CATALOG_WALIDATA_MULTIPLE = ("catalog.walidata.multiple", Warning,
        "Ada {count} organisasi berperan walidata: setiap instansi hanya memiliki satu walidata; jadikan yang lain walidata pendukung.",
        "{count} organizations have the walidata role: an agency has one walidata; make the others walidata pendukung.");
    CATALOG_DATASETS_EMPTY = ("catalog.datasets.empty", Warning,
        "Katalog belum berisi dataset.",
        "The catalog has no datasets yet.");
    CATALOG_DATASET_ID_DUPLICATE = ("catalog.dataset.id-duplicate", Error,
        "ID dataset '{value}' dipakai lebih dari sekali.",
        "Dataset id '{value}' is used more than once.");
    CATALOG_DATASET_SLUG_DUPLICATE = ("catalog.dataset.slug-duplicate", Error,
        "Slug '{value}' sudah dipakai dataset lain.",
        "Slug '{value}' is already used by another dataset.");
    CATALOG_DATASET_ORGANIZATION_UNKNOWN = ("catalog.dataset.organization-unknown", Error,
        "Organisasi '{value}' tidak ada dalam daftar organisasi katalog.",
        "Organization '{value}' is not among the catalog's organizations.");
    CATALOG_DATASET_WALIDATA_ROLE = ("catalog.dataset.walidata-role", Error,
        "Organisasi '{value}' berperan {role}, bukan walidata atau walidata pendukung.",
        "Organization '{value}' has the role {role}, not walidata or walidata pendukung.");
    CATALOG_DATASET_HISTORY_ACTOR = ("catalog.dataset.history-actor", Error,
        "Langkah '{action}' dilakukan oleh '{value}', padahal hanya {expected} yang berwenang.",
        "Step '{action}' was taken by '{value}', but only {expected} may take it.");

    // --- standards: CKAN, Data Package, schema.org (crosswalk notes) ---------------------------
    // (rules of datago-core/src/standards/{ckan,datapackage,schema_org}.rs go here)

    // --- standards: Satu Data, profiles, quality -----------------------------------------------
    // Satu Data profile (Perpres 39/2019 Pasal 3): (a) Standar Data
    PROFILE_SATU_DATA_STANDARD_KONSEP = ("profile.satu-data.standard.konsep.missing", Error,
        "Standar Data belum memiliki konsep: tuliskan ide yang mendasari data dan tujuan data diproduksi (Perpres 39/2019 Pasal 4).",
        "The data standard has no konsep (concept): write the idea behind the data and why it is produced (Perpres 39/2019 art. 4).");
    PROFILE_SATU_DATA_STANDARD_DEFINISI = ("profile.satu-data.standard.definisi.missing", Error,
        "Standar Data belum memiliki definisi: jelaskan batas data, apa yang termasuk dan tidak termasuk.",
        "The data standard has no definisi (definition): state what the data covers and what it excludes.");
    PROFILE_SATU_DATA_STANDARD_KLASIFIKASI = ("profile.satu-data.standard.klasifikasi.missing", Error,
        "Standar Data belum memiliki klasifikasi: sebutkan penggolongan data (misalnya Wilayah, Jenis Kelamin).",
        "The data standard has no klasifikasi (classification): list the categories the data is broken down by (e.g. Wilayah, Jenis Kelamin).");
    PROFILE_SATU_DATA_STANDARD_UKURAN = ("profile.satu-data.standard.ukuran.missing", Error,
        "Standar Data belum memiliki ukuran: isi jenis ukuran (Jumlah, Rata-rata, Persentase, Rasio, Indeks…).",
        "The data standard has no ukuran (measure): give the kind of measure (Jumlah, Rata-rata, Persentase, Rasio, Indeks…).");
    PROFILE_SATU_DATA_STANDARD_SATUAN = ("profile.satu-data.standard.satuan.missing", Error,
        "Standar Data belum memiliki satuan: isi satuan data (Orang, Jiwa, Unit, Persen, Rupiah…).",
        "The data standard has no satuan (unit): give the unit (Orang, Jiwa, Unit, Persen, Rupiah…).");
    // (b) Metadata
    PROFILE_SATU_DATA_METADATA_MISSING = ("profile.satu-data.metadata.missing", Error,
        "Metadata '{label_id}' wajib diisi agar data memenuhi prinsip Satu Data.",
        "Metadata element '{label_en}' is required for the data to meet the Satu Data principles.");
    PROFILE_SATU_DATA_MS_KEG_MISSING = ("profile.satu-data.metadata.ms-keg.missing", Error,
        "MS-Keg belum mengisi '{field}': lengkapi metadata kegiatan statistik (Peraturan BPS 5/2020).",
        "MS-Keg lacks '{field}': complete the statistical activity metadata (Peraturan BPS 5/2020).");
    PROFILE_SATU_DATA_MS_KEG_SAMPLE_DESIGN = ("profile.satu-data.metadata.ms-keg.sample-design-missing", Warning,
        "Kegiatan berupa survei tetapi Blok V Desain Sampel belum diisi: isi rancangan, metode dan kerangka sampel.",
        "The activity is a survey but block V (sample design) is empty: give the design, method and sampling frame.");
    PROFILE_SATU_DATA_MS_KEG_RECOMMENDATION = ("profile.satu-data.metadata.ms-keg.recommendation-missing", Warning,
        "Survei statistik sektoral memerlukan rekomendasi BPS: catat apakah rekomendasi diperoleh dan nomor identitasnya.",
        "A sectoral statistical survey needs a BPS recommendation: record whether it was obtained and its identifier.");
    PROFILE_SATU_DATA_MS_KEG_REGIONS = ("profile.satu-data.metadata.ms-keg.regions-missing", Warning,
        "Cakupan wilayah pengumpulan data 'sebagian wilayah Indonesia' tetapi daftar wilayahnya kosong: sebutkan provinsi dan kabupaten/kota yang dicakup.",
        "The collection covers 'part of Indonesia' but lists no regions: give the provinces and kabupaten/kota covered.");
    PROFILE_SATU_DATA_MS_KEG_SCHEDULE_REVERSED = ("profile.satu-data.metadata.ms-keg.schedule-reversed", Error,
        "Jadwal kegiatan ini berawal ({start}) setelah berakhir ({end}): perbaiki tanggalnya.",
        "This schedule stage starts ({start}) after it ends ({end}): correct the dates.");
    PROFILE_SATU_DATA_FREQUENCY_MISMATCH = ("profile.satu-data.metadata.frequency-mismatch", Warning,
        "Frekuensi penyelenggaraan MS-Keg '{value}' berbeda dengan frekuensi dataset '{expected}': samakan keduanya.",
        "The MS-Keg frequency '{value}' differs from the dataset frequency '{expected}': make them agree.");
    PROFILE_SATU_DATA_MS_VAR_MISSING = ("profile.satu-data.metadata.ms-var.missing", Error,
        "MS-Var '{name}' belum mengisi '{field}': lengkapi metadata variabel.",
        "MS-Var '{name}' lacks '{field}': complete the variable metadata.");
    PROFILE_SATU_DATA_MS_IND_MISSING = ("profile.satu-data.metadata.ms-ind.missing", Error,
        "MS-Ind '{name}' belum mengisi '{field}': lengkapi metadata indikator.",
        "MS-Ind '{name}' lacks '{field}': complete the indicator metadata.");
    PROFILE_SATU_DATA_MS_IND_COMPONENTS = ("profile.satu-data.metadata.ms-ind.components-missing", Warning,
        "MS-Ind '{name}': sebutkan indikator pembangun (indikator komposit) atau variabel pembangun (bukan komposit) beserta sumbernya.",
        "MS-Ind '{name}': list the indicators it is built from (composite) or the variables it is computed from (non-composite), with their sources.");
    // (c) Interoperabilitas
    PROFILE_SATU_DATA_INTEROPERABILITY_RESOURCES = ("profile.satu-data.interoperability.resources.missing", Error,
        "Dataset belum memiliki distribusi: unggah data dalam format terbuka yang dapat dibaca mesin (CSV, JSON).",
        "The dataset has no distribution: publish the data in an open machine-readable format (CSV, JSON).");
    PROFILE_SATU_DATA_INTEROPERABILITY_FORMAT = ("profile.satu-data.interoperability.format.not-open", Error,
        "Tidak ada distribusi berformat terbuka yang dapat dibaca mesin (ada: {formats}): tambahkan CSV atau JSON.",
        "No distribution has an open machine-readable format (found: {formats}): add CSV or JSON.");
    PROFILE_SATU_DATA_LICENSE_MISSING = ("profile.satu-data.interoperability.license.missing", Error,
        "Data terbuka belum berlisensi: cantumkan lisensi terbuka seperti CC-BY-4.0 agar data dapat dibagipakaikan.",
        "The open data has no licence: state an open licence such as CC-BY-4.0 so the data can be shared and reused.");
    PROFILE_SATU_DATA_LICENSE_UNKNOWN = ("profile.satu-data.interoperability.license.unknown", Error,
        "Lisensi '{value}' tidak dikenal: gunakan id lisensi terbuka yang dikenal, misalnya CC-BY-4.0 atau CC0-1.0.",
        "Licence '{value}' is unknown: use the id of a known open licence such as CC-BY-4.0 or CC0-1.0.");
    PROFILE_SATU_DATA_LICENSE_NOT_OPEN = ("profile.satu-data.interoperability.license.not-open", Error,
        "Lisensi '{value}' bukan lisensi terbuka: data terbuka memerlukan lisensi terbuka seperti CC-BY-4.0.",
        "Licence '{value}' is not open: open data needs an open licence such as CC-BY-4.0.");
    // (d) Kode Referensi
    PROFILE_SATU_DATA_REGION_MALFORMED = ("profile.satu-data.reference.region.malformed", Error,
        "Kode wilayah '{value}' tidak sesuai bentuk skema {scheme}: gunakan kode referensi wilayah (Kemendagri 33.71, BPS 3371).",
        "Region code '{value}' does not have the shape of scheme {scheme}: use a reference region code (Kemendagri 33.71, BPS 3371).");
    PROFILE_SATU_DATA_REGION_IMPLAUSIBLE = ("profile.satu-data.reference.region.implausible", Warning,
        "Kode wilayah '{value}' berbentuk benar tetapi tidak masuk akal: {reason_id}. Periksa pada daftar kode referensi.",
        "Region code '{value}' is well formed but implausible: {reason_en}. Check it against the reference list.");
    PROFILE_SATU_DATA_REGION_LEVEL = ("profile.satu-data.reference.region.wrong-level", Error,
        "Kode '{value}' bukan kode {expected_id}.",
        "Code '{value}' is not the code of {expected_en}.");
    PROFILE_SATU_DATA_REGION_OUTSIDE = ("profile.satu-data.reference.region.outside-province", Error,
        "Kode kabupaten/kota '{value}' tidak berada dalam provinsi {province}: periksa kedua kode.",
        "Kabupaten/kota code '{value}' is not inside province {province}: check both codes.");
    PROFILE_SATU_DATA_URUSAN_MISSING = ("profile.satu-data.reference.urusan.missing", Error,
        "Dataset belum memakai kode referensi urusan: pilih minimal satu kode Permendagri 90/2019 (misalnya 1.02).",
        "The dataset uses no urusan reference code: choose at least one Permendagri 90/2019 code (e.g. 1.02).");
    PROFILE_SATU_DATA_URUSAN_UNKNOWN = ("profile.satu-data.reference.urusan.unknown", Error,
        "Kode urusan '{value}' tidak ada dalam Permendagri 90/2019: pilih kode dari daftar urusan.",
        "Urusan code '{value}' is not in Permendagri 90/2019: pick a code from the urusan list.");
    PROFILE_SATU_DATA_LEVEL_MISMATCH = ("profile.satu-data.reference.level-estimasi.too-wide", Warning,
        "Level estimasi {value} lebih luas daripada cakupan wilayah data ({covered}): samakan level estimasi atau cakupan wilayah.",
        "The estimation level {value} is wider than the data's spatial coverage ({covered}): align the level or the coverage.");

    // DCAT-AP 3.0.1 profile: mandatory = error, recommended = warning
    PROFILE_DCAT_DATASET_TITLE = ("profile.dcat-ap.dataset.title.missing", Error,
        "DCAT-AP mewajibkan judul dataset (dct:title): isi judul.",
        "DCAT-AP requires a dataset title (dct:title): add one.");
    PROFILE_DCAT_DATASET_DESCRIPTION = ("profile.dcat-ap.dataset.description.missing", Error,
        "DCAT-AP mewajibkan deskripsi dataset (dct:description): isi deskripsi.",
        "DCAT-AP requires a dataset description (dct:description): add one.");
    PROFILE_DCAT_DATASET_CONTACT_POINT = ("profile.dcat-ap.dataset.contact-point.missing", Warning,
        "DCAT-AP menganjurkan narahubung (dcat:contactPoint): isi 'contact' dengan nama dan surel.",
        "DCAT-AP recommends a contact point (dcat:contactPoint): fill in 'contact' with a name and an e-mail.");
    PROFILE_DCAT_DATASET_DISTRIBUTION = ("profile.dcat-ap.dataset.distribution.missing", Warning,
        "DCAT-AP menganjurkan minimal satu distribusi (dcat:distribution): tambahkan sumber daya berisi data.",
        "DCAT-AP recommends at least one distribution (dcat:distribution): add a resource with the data.");
    PROFILE_DCAT_DATASET_KEYWORD = ("profile.dcat-ap.dataset.keyword.missing", Warning,
        "DCAT-AP menganjurkan kata kunci (dcat:keyword): tambahkan kata kunci.",
        "DCAT-AP recommends keywords (dcat:keyword): add some.");
    PROFILE_DCAT_DATASET_PUBLISHER = ("profile.dcat-ap.dataset.publisher.missing", Warning,
        "DCAT-AP menganjurkan penerbit (dct:publisher): isi 'producer' dengan kode organisasi produsen data.",
        "DCAT-AP recommends a publisher (dct:publisher): fill in 'producer' with the producer's organization code.");
    PROFILE_DCAT_DATASET_SPATIAL = ("profile.dcat-ap.dataset.spatial.missing", Warning,
        "DCAT-AP menganjurkan cakupan wilayah (dct:spatial): isi 'spatial' dengan kode wilayah.",
        "DCAT-AP recommends a spatial coverage (dct:spatial): fill in 'spatial' with a region code.");
    PROFILE_DCAT_DATASET_TEMPORAL = ("profile.dcat-ap.dataset.temporal.missing", Warning,
        "DCAT-AP menganjurkan cakupan waktu (dct:temporal): isi 'temporal' dengan tanggal awal dan akhir.",
        "DCAT-AP recommends a temporal coverage (dct:temporal): fill in 'temporal' with a start and an end date.");
    PROFILE_DCAT_DATASET_THEME = ("profile.dcat-ap.dataset.theme.missing", Warning,
        "DCAT-AP menganjurkan tema (dcat:theme): pilih kode urusan yang dikenal agar dipetakan ke tema data UE.",
        "DCAT-AP recommends a theme (dcat:theme): choose a known urusan code so it maps to an EU data theme.");
    PROFILE_DCAT_DISTRIBUTION_ACCESS_URL = ("profile.dcat-ap.distribution.access-url.missing", Error,
        "DCAT-AP mewajibkan URL akses distribusi (dcat:accessURL): isi 'url' atau 'path' berkas.",
        "DCAT-AP requires a distribution access URL (dcat:accessURL): fill in 'url' or a file 'path'.");
    PROFILE_DCAT_DISTRIBUTION_AVAILABILITY = ("profile.dcat-ap.distribution.availability.missing", Warning,
        "DCAT-AP menganjurkan ketersediaan terencana (dcatap:availability): isi extras 'availability' dengan AVAILABLE, STABLE, EXPERIMENTAL atau TEMPORARY.",
        "DCAT-AP recommends a planned availability (dcatap:availability): set extras 'availability' to AVAILABLE, STABLE, EXPERIMENTAL or TEMPORARY.");
    PROFILE_DCAT_DISTRIBUTION_DESCRIPTION = ("profile.dcat-ap.distribution.description.missing", Warning,
        "DCAT-AP menganjurkan deskripsi distribusi (dct:description): jelaskan isi berkas.",
        "DCAT-AP recommends a distribution description (dct:description): say what the file holds.");
    PROFILE_DCAT_DISTRIBUTION_FORMAT = ("profile.dcat-ap.distribution.format.missing", Warning,
        "DCAT-AP menganjurkan format distribusi (dct:format): isi 'format' (misalnya CSV).",
        "DCAT-AP recommends a distribution format (dct:format): fill in 'format' (e.g. CSV).");
    PROFILE_DCAT_DISTRIBUTION_LICENSE = ("profile.dcat-ap.distribution.license.missing", Warning,
        "DCAT-AP menganjurkan lisensi distribusi (dct:license): isi lisensi dataset atau sumber daya.",
        "DCAT-AP recommends a distribution licence (dct:license): set the dataset's or the resource's licence.");
    PROFILE_DCAT_CATALOG_TITLE = ("profile.dcat-ap.catalog.title.missing", Error,
        "DCAT-AP mewajibkan judul katalog (dct:title).",
        "DCAT-AP requires a catalogue title (dct:title).");
    PROFILE_DCAT_CATALOG_DESCRIPTION = ("profile.dcat-ap.catalog.description.missing", Error,
        "DCAT-AP mewajibkan deskripsi katalog (dct:description).",
        "DCAT-AP requires a catalogue description (dct:description).");
    PROFILE_DCAT_CATALOG_PUBLISHER = ("profile.dcat-ap.catalog.publisher.missing", Error,
        "DCAT-AP mewajibkan penerbit katalog (dct:publisher): isi 'publisher' dengan kode organisasi walidata.",
        "DCAT-AP requires a catalogue publisher (dct:publisher): fill in 'publisher' with the walidata's organization code.");
    PROFILE_DCAT_CATALOG_DATASET = ("profile.dcat-ap.catalog.dataset.missing", Warning,
        "DCAT-AP menganjurkan katalog berisi dataset (dcat:dataset): tambahkan dataset.",
        "DCAT-AP recommends that a catalogue lists datasets (dcat:dataset): add some.");
    PROFILE_DCAT_CATALOG_SPATIAL = ("profile.dcat-ap.catalog.spatial.missing", Warning,
        "DCAT-AP menganjurkan cakupan wilayah katalog (dct:spatial): isi 'spatial' dengan kode wilayah pemerintah daerah.",
        "DCAT-AP recommends a catalogue spatial coverage (dct:spatial): fill in 'spatial' with the local government's region code.");
    PROFILE_DCAT_CATALOG_HOMEPAGE = ("profile.dcat-ap.catalog.homepage.missing", Warning,
        "DCAT-AP menganjurkan beranda katalog (foaf:homepage): isi alamat portal.",
        "DCAT-AP recommends a catalogue homepage (foaf:homepage): give the portal's address.");
    PROFILE_DCAT_CATALOG_LANGUAGE = ("profile.dcat-ap.catalog.language.missing", Warning,
        "DCAT-AP menganjurkan bahasa katalog (dct:language): isi misalnya [\"id\", \"en\"].",
        "DCAT-AP recommends catalogue languages (dct:language): e.g. [\"id\", \"en\"].");
    PROFILE_DCAT_CATALOG_LICENSE = ("profile.dcat-ap.catalog.license.missing", Warning,
        "DCAT-AP menganjurkan lisensi metadata katalog (dct:license): isi misalnya CC0-1.0 atau CC-BY-4.0.",
        "DCAT-AP recommends a licence for the catalogue's metadata (dct:license): e.g. CC0-1.0 or CC-BY-4.0.");
    PROFILE_DCAT_CATALOG_MODIFIED = ("profile.dcat-ap.catalog.modified.missing", Warning,
        "DCAT-AP menganjurkan tanggal pembaruan katalog (dct:modified).",
        "DCAT-AP recommends the catalogue's modification date (dct:modified).");
    PROFILE_DCAT_CATALOG_ISSUED = ("profile.dcat-ap.catalog.issued.missing", Warning,
        "DCAT-AP menganjurkan tanggal terbit katalog (dct:issued).",
        "DCAT-AP recommends the catalogue's issue date (dct:issued).");

    // CKAN profile: what CKAN's default schema and validators require
    PROFILE_CKAN_NAME_INVALID = ("profile.ckan.dataset.name.invalid", Error,
        "CKAN menolak nama (slug) '{value}': {reason_id}.",
        "CKAN rejects the name (slug) '{value}': {reason_en}.");
    PROFILE_CKAN_TITLE_MISSING = ("profile.ckan.dataset.title.missing", Warning,
        "Judul kosong: CKAN akan memakai nama (slug) sebagai judul; isi judul yang jelas.",
        "The title is empty: CKAN will show the name (slug) instead; give a proper title.");
    PROFILE_CKAN_TAG_INVALID = ("profile.ckan.dataset.tag.invalid", Error,
        "CKAN menolak tag '{value}': gunakan 2–100 karakter berupa huruf, angka, spasi, '-', '_' atau '.'.",
        "CKAN rejects tag '{value}': use 2–100 characters among letters, digits, spaces, '-', '_' and '.'.");
    PROFILE_CKAN_OWNER_ORG_MISSING = ("profile.ckan.dataset.owner-org.missing", Error,
        "CKAN memerlukan organisasi pemilik (owner_org): isi 'producer' dengan kode organisasi.",
        "CKAN needs an owner organization (owner_org): fill in 'producer' with an organization code.");
    PROFILE_CKAN_OWNER_ORG_INVALID = ("profile.ckan.dataset.owner-org.invalid", Error,
        "Kode organisasi '{value}' tidak sah sebagai nama organisasi CKAN: {reason_id}.",
        "Organization code '{value}' is not a valid CKAN organization name: {reason_en}.");
    PROFILE_CKAN_LICENSE_UNKNOWN = ("profile.ckan.dataset.license.unknown", Warning,
        "Lisensi '{value}' tidak ada dalam register lisensi bawaan CKAN: CKAN menampilkannya tanpa judul dan status terbuka; gunakan misalnya cc-by, cc-by-sa, cc-zero, odc-by atau odc-odbl, atau atur licenses_group_url.",
        "Licence '{value}' is not in CKAN's default licence register: CKAN shows it without a title or open flag; use e.g. cc-by, cc-by-sa, cc-zero, odc-by or odc-odbl, or configure licenses_group_url.");
    PROFILE_CKAN_VERSION_TOO_LONG = ("profile.ckan.dataset.version.too-long", Error,
        "CKAN membatasi versi hingga 100 karakter: persingkat versi.",
        "CKAN limits the version to 100 characters: shorten it.");
    PROFILE_CKAN_EXTRA_RESERVED = ("profile.ckan.dataset.extra.reserved", Error,
        "CKAN menolak extras '{value}' karena bernama sama dengan kolom utama dataset: ganti nama kuncinya.",
        "CKAN rejects extra '{value}' because it has the name of a core dataset field: rename the key.");
    PROFILE_CKAN_EMAIL_INVALID = ("profile.ckan.dataset.email.invalid", Error,
        "CKAN menolak alamat surel '{value}': perbaiki alamatnya.",
        "CKAN rejects e-mail address '{value}': correct it.");
    PROFILE_CKAN_RESOURCE_URL_MISSING = ("profile.ckan.resource.url.missing", Error,
        "Sumber daya CKAN memerlukan URL atau berkas unggahan: isi 'url' atau 'path'.",
        "A CKAN resource needs a URL or an uploaded file: fill in 'url' or 'path'.");
    PROFILE_CKAN_ORGANIZATION_NAME_INVALID = ("profile.ckan.organization.name.invalid", Error,
        "CKAN menolak nama organisasi '{value}': {reason_id}.",
        "CKAN rejects organization name '{value}': {reason_en}.");

    // MQA hints (quality.rs): what to fix first, with the points it gains
    QUALITY_KEYWORD = ("quality.keyword.missing", Info,
        "Tambahkan kata kunci (dcat:keyword){scope_id}: +{gain} poin MQA.",
        "Add keywords (dcat:keyword){scope_en}: +{gain} MQA points.");
    QUALITY_THEME = ("quality.theme.missing", Info,
        "Pilih kode urusan yang dikenal agar dataset memiliki tema data UE (dcat:theme){scope_id}: +{gain} poin MQA.",
        "Choose a known urusan code so the dataset gets an EU data theme (dcat:theme){scope_en}: +{gain} MQA points.");
    QUALITY_SPATIAL = ("quality.spatial.missing", Info,
        "Isi cakupan wilayah dengan kode wilayah (dct:spatial){scope_id}: +{gain} poin MQA.",
        "Give the spatial coverage as a region code (dct:spatial){scope_en}: +{gain} MQA points.");
    QUALITY_TEMPORAL = ("quality.temporal.missing", Info,
        "Isi cakupan waktu dengan tanggal awal dan akhir (dct:temporal){scope_id}: +{gain} poin MQA.",
        "Give the temporal coverage with a start and an end date (dct:temporal){scope_en}: +{gain} MQA points.");
    QUALITY_ACCESS_URL_MISSING = ("quality.access-url.missing", Info,
        "Isi 'url' atau 'path' distribusi agar data dapat diakses (dcat:accessURL){scope_id}: +{gain} poin MQA.",
        "Fill in the distribution's 'url' or 'path' so the data can be reached (dcat:accessURL){scope_en}: +{gain} MQA points.");
    QUALITY_ACCESS_URL_UNREACHABLE = ("quality.access-url.unreachable", Info,
        "URL akses tidak dapat dibuka (bukan HTTP 200): perbaiki atau ganti tautannya{scope_id}: +{gain} poin MQA.",
        "The access URL does not resolve (no HTTP 200): fix or replace the link{scope_en}: +{gain} MQA points.");
    QUALITY_ACCESS_URL_UNCHECKED = ("quality.access-url.unchecked", Info,
        "Keterjangkauan URL akses belum diperiksa sehingga dihitung tidak terpenuhi: periksa tautannya lalu berikan hasilnya{scope_id}: hingga +{gain} poin MQA.",
        "Whether the access URL resolves was not checked, so it counts as not met: check the link and pass the result in{scope_en}: up to +{gain} MQA points.");
    QUALITY_DOWNLOAD_URL_MISSING = ("quality.download-url.missing", Info,
        "Isi 'url' atau 'path' berkas unduhan (dcat:downloadURL){scope_id}: +{gain} poin MQA.",
        "Fill in the download file's 'url' or 'path' (dcat:downloadURL){scope_en}: +{gain} MQA points.");
    QUALITY_DOWNLOAD_URL_UNREACHABLE = ("quality.download-url.unreachable", Info,
        "URL unduhan tidak dapat dibuka (bukan HTTP 200): perbaiki atau ganti tautannya{scope_id}: +{gain} poin MQA.",
        "The download URL does not resolve (no HTTP 200): fix or replace the link{scope_en}: +{gain} MQA points.");
    QUALITY_DOWNLOAD_URL_UNCHECKED = ("quality.download-url.unchecked", Info,
        "Keterjangkauan URL unduhan belum diperiksa sehingga dihitung tidak terpenuhi: periksa tautannya lalu berikan hasilnya{scope_id}: hingga +{gain} poin MQA.",
        "Whether the download URL resolves was not checked, so it counts as not met: check the link and pass the result in{scope_en}: up to +{gain} MQA points.");
    QUALITY_FORMAT = ("quality.format.missing", Info,
        "Isi format distribusi (dct:format, misalnya CSV){scope_id}: +{gain} poin MQA.",
        "Fill in the distribution format (dct:format, e.g. CSV){scope_en}: +{gain} MQA points.");
    QUALITY_MEDIA_TYPE = ("quality.media-type.missing", Info,
        "Isi media type IANA distribusi (dcat:mediaType, misalnya text/csv){scope_id}: +{gain} poin MQA.",
        "Fill in the distribution's IANA media type (dcat:mediaType, e.g. text/csv){scope_en}: +{gain} MQA points.");
    QUALITY_FORMAT_VOCABULARY = ("quality.format.not-in-vocabulary", Info,
        "Gunakan format dari kosakata File Type UE dan media type IANA yang dikenal (misalnya CSV, text/csv){scope_id}: +{gain} poin MQA.",
        "Use a format from the EU File Type vocabulary and a known IANA media type (e.g. CSV, text/csv){scope_en}: +{gain} MQA points.");
    QUALITY_NON_PROPRIETARY = ("quality.format.proprietary", Info,
        "Terbitkan distribusi dalam format non-proprietary (CSV, JSON, ODS, bukan XLSX){scope_id}: +{gain} poin MQA.",
        "Publish a distribution in a non-proprietary format (CSV, JSON, ODS rather than XLSX){scope_en}: +{gain} MQA points.");
    QUALITY_MACHINE_READABLE = ("quality.format.not-machine-readable", Info,
        "Terbitkan distribusi dalam format yang dapat dibaca mesin (CSV, JSON, bukan PDF){scope_id}: +{gain} poin MQA.",
        "Publish a distribution in a machine-readable format (CSV, JSON rather than PDF){scope_en}: +{gain} MQA points.");
    QUALITY_DCAT_AP = ("quality.dcat-ap.not-compliant", Info,
        "Metadata belum lolos validasi DCAT-AP: perbaiki galat profil dcat-ap-3{scope_id}: +{gain} poin MQA.",
        "The metadata does not pass DCAT-AP validation: fix the errors of profile dcat-ap-3{scope_en}: +{gain} MQA points.");
    QUALITY_LICENSE = ("quality.license.missing", Info,
        "Cantumkan lisensi (dct:license, misalnya CC-BY-4.0){scope_id}: +{gain} poin MQA.",
        "State a licence (dct:license, e.g. CC-BY-4.0){scope_en}: +{gain} MQA points.");
    QUALITY_LICENSE_VOCABULARY = ("quality.license.not-in-vocabulary", Info,
        "Gunakan lisensi yang ada dalam kosakata Licence UE (misalnya CC-BY-4.0, CC0-1.0, ODbL-1.0){scope_id}: +{gain} poin MQA.",
        "Use a licence from the EU Licence vocabulary (e.g. CC-BY-4.0, CC0-1.0, ODbL-1.0){scope_en}: +{gain} MQA points.");
    QUALITY_ACCESS_RIGHTS = ("quality.access-rights.missing", Info,
        "Isi klasifikasi akses 'access' (terbuka, terbatas atau tertutup; dct:accessRights){scope_id}: +{gain} poin MQA.",
        "Fill in the access classification 'access' (terbuka, terbatas or tertutup; dct:accessRights){scope_en}: +{gain} MQA points.");
    QUALITY_ACCESS_RIGHTS_VOCABULARY = ("quality.access-rights.not-in-vocabulary", Info,
        "Klasifikasi akses DataGO dipetakan ke kosakata Access Right UE: isi 'access'{scope_id}: +{gain} poin MQA.",
        "DataGO maps the access classification to the EU Access Right vocabulary: fill in 'access'{scope_en}: +{gain} MQA points.");
    QUALITY_CONTACT_POINT = ("quality.contact-point.missing", Info,
        "Isi narahubung (dcat:contactPoint) dengan nama dan surel{scope_id}: +{gain} poin MQA.",
        "Fill in a contact point (dcat:contactPoint) with a name and an e-mail{scope_en}: +{gain} MQA points.");
    QUALITY_PUBLISHER = ("quality.publisher.missing", Info,
        "Isi produsen data sebagai penerbit (dct:publisher){scope_id}: +{gain} poin MQA.",
        "Fill in the data producer as publisher (dct:publisher){scope_en}: +{gain} MQA points.");
    QUALITY_RIGHTS = ("quality.rights.missing", Info,
        "Tambahkan pernyataan hak (dct:rights) sebagai extras 'rights' pada sumber daya atau dataset{scope_id}: +{gain} poin MQA.",
        "Add a rights statement (dct:rights) as extras 'rights' on the resource or the dataset{scope_en}: +{gain} MQA points.");
    QUALITY_BYTE_SIZE = ("quality.byte-size.missing", Info,
        "Isi ukuran berkas dalam bita (dcat:byteSize){scope_id}: +{gain} poin MQA.",
        "Fill in the file size in bytes (dcat:byteSize){scope_en}: +{gain} MQA points.");
    QUALITY_ISSUED = ("quality.issued.missing", Info,
        "Isi tanggal terbit (dct:issued){scope_id}: +{gain} poin MQA.",
        "Fill in the issue date (dct:issued){scope_en}: +{gain} MQA points.");
    QUALITY_MODIFIED = ("quality.modified.missing", Info,
        "Isi tanggal pembaruan terakhir (dct:modified){scope_id}: +{gain} poin MQA.",
        "Fill in the last modification date (dct:modified){scope_en}: +{gain} MQA points.");

    // --- standards: DCAT-AP ---------------------------------------------------------------------
    // (rules of datago-core/src/standards/dcat_ap.rs go here)

    // --- replication (rencana replikasi; datago-core/src/replication/) -------------------------
    REPLICATION_PLAN_ID_MISSING = ("replication.plan.id-missing", Error,
        "ID rencana replikasi wajib diisi: beri pengenal tetap, misalnya 'replikasi-datago-kabupaten-x-2026'.",
        "The replication plan id is required: give it a stable identifier such as 'replikasi-datago-kabupaten-x-2026'.");
    REPLICATION_PLAN_TITLE_MISSING = ("replication.plan.title-missing", Warning,
        "Beri judul rencana replikasi.",
        "Give the replication plan a title.");
    REPLICATION_ACTOR_NAME_MISSING = ("replication.actor.name-missing", Error,
        "Nama {actor_id} wajib diisi: sebutkan instansinya (dan pemerintah daerahnya di 'government').",
        "The name of the {actor_en} is required: name the agency (and its regional government in 'government').");
    REPLICATION_ACTOR_CONTACT_MISSING = ("replication.actor.contact-missing", Warning,
        "Cantumkan minimal satu narahubung {actor_id} di 'contacts'.",
        "Give at least one contact of the {actor_en} in 'contacts'.");
    REPLICATION_FACILITATOR_MISSING = ("replication.facilitator.missing", Error,
        "Model Fasilitasi melibatkan instansi fasilitator: isi 'actors.facilitator', atau pilih model Kerja Sama.",
        "The Fasilitasi model involves a facilitating agency: fill in 'actors.facilitator', or choose the Kerja Sama model.");
    REPLICATION_FACILITATOR_UNEXPECTED = ("replication.facilitator.unexpected", Warning,
        "Instansi fasilitator hanya berperan pada model Fasilitasi: pilih model Fasilitasi atau hapus 'actors.facilitator'.",
        "A facilitating agency only takes part in the Fasilitasi model: choose that model or remove 'actors.facilitator'.");
    REPLICATION_REPLICA_URL_INVALID = ("replication.replica-url.invalid", Error,
        "Alamat replika '{value}' tidak sah: gunakan alamat http:// atau https:// lengkap.",
        "Replica address '{value}' is invalid: use a full http:// or https:// address.");
    REPLICATION_AGREEMENT_MISSING = ("replication.agreement.missing", Error,
        "{agreement_id} belum ada: model {model_id} diawali Nota Kesepakatan lalu Perjanjian Kerja Sama (ketentuan khusus 1); tambahkan ke 'agreements' beserta tanggal rencana penandatanganannya.",
        "The plan has no {agreement_en}: the {model_en} starts with a Nota Kesepakatan followed by a Perjanjian Kerja Sama (special provision 1); add it to 'agreements' with its planned signing date.");
    REPLICATION_AGREEMENT_DUPLICATE = ("replication.agreement.duplicate", Warning,
        "{agreement_id} tercantum lebih dari sekali: gabungkan menjadi satu.",
        "The {agreement_en} is listed more than once: merge the entries into one.");
    REPLICATION_AGREEMENT_DATE_MISSING = ("replication.agreement.date-missing", Error,
        "{agreement_id} belum bertanggal: isi 'signed' (tanggal ditandatangani) atau 'planned' (tanggal rencana).",
        "The {agreement_en} has no date: fill in 'signed' (date signed) or 'planned' (planned date).");
    REPLICATION_AGREEMENT_SIGNATORY_MISSING = ("replication.agreement.signatory-missing", Error,
        "{agreement_id} ditandatangani oleh {who_id}: tambahkan penanda tangan itu dengan 'party' dan 'capacity' yang sesuai.",
        "The {agreement_en} is signed by {who_en}: add that signatory with the matching 'party' and 'capacity'.");
    REPLICATION_AGREEMENT_ORDER = ("replication.agreement.order", Error,
        "Perjanjian Kerja Sama ({pks}) bertanggal sebelum Nota Kesepakatan ({nk}): Nota Kesepakatan ditandatangani lebih dahulu (ketentuan khusus 1).",
        "The Perjanjian Kerja Sama ({pks}) is dated before the Nota Kesepakatan ({nk}): the Nota Kesepakatan is signed first (special provision 1).");
    REPLICATION_AGREEMENT_AFTER_PLANNING = ("replication.agreement.after-planning", Error,
        "{agreement_id} ({date}) jatuh setelah tahap Perencanaan dimulai ({planning}): kesepakatan kerja sama termasuk tahap Persiapan, jadwalkan sebelum perencanaan.",
        "The {agreement_en} ({date}) falls after the planning stage starts ({planning}): the cooperation agreement belongs to Persiapan; schedule it before planning.");
    REPLICATION_AGREEMENT_OVERDUE = ("replication.agreement.overdue", Warning,
        "{agreement_id} direncanakan {date} tetapi per {as_of} belum ditandatangani: perbarui tanggal rencana atau isi tanggal 'signed'.",
        "The {agreement_en} was planned for {date} but is not signed as of {as_of}: update the planned date or fill in 'signed'.");
    REPLICATION_PRINCIPLE_MISSING = ("replication.principle.missing", Error,
        "Jelaskan di 'principles' bagaimana replikasi memenuhi {principle_id}: kelima prinsip replikasi harus dipenuhi.",
        "Explain in 'principles' how the replication meets the principle of {principle_en}: all five principles must be met.");
    REPLICATION_PRINCIPLE_DUPLICATE = ("replication.principle.duplicate", Warning,
        "{principle_id} dijelaskan lebih dari sekali: gabungkan penjelasannya.",
        "The principle of {principle_en} is explained more than once: merge the explanations.");
    REPLICATION_METHOD_MISSING = ("replication.method.missing", Error,
        "Tentukan minimal satu metode replikasi di 'methods'; untuk {model_id}: {methods_id}.",
        "Choose at least one replication method in 'methods'; for the {model_en}: {methods_en}.");
    REPLICATION_METHOD_OTHER_MODEL = ("replication.method.other-model", Warning,
        "Metode '{method_id}' tercantum pada {other_id}, bukan {model_id}: pedoman membolehkan memilih lebih dari satu model dan metode, pastikan para pihak menyepakatinya.",
        "Method '{method_en}' is listed under the {other_en}, not the {model_en}: the guide lets you combine models and methods; make sure the parties agree.");
    REPLICATION_METHOD_OTHER_UNDESCRIBED = ("replication.method.other-undescribed", Error,
        "Metode 'lainnya' wajib dijelaskan di 'note'.",
        "Method 'lainnya' (other) needs a description in 'note'.");
    REPLICATION_METHOD_OTHER_NOT_LISTED = ("replication.method.other-not-listed", Info,
        "Pedoman tidak menyebut cara lain untuk model Fasilitasi: sepakati metode ini dengan instansi fasilitator.",
        "The guide names no other means for the Fasilitasi model: agree this method with the facilitating agency.");
    REPLICATION_TEAM_MISSING = ("replication.team.missing", Error,
        "Bentuk Tim Pelaksana Replikasi Inovasi (SK dan anggotanya) dan isi 'team'.",
        "Form the Tim Pelaksana Replikasi Inovasi (decree and members) and fill in 'team'.");
    REPLICATION_TEAM_DECREE_MISSING = ("replication.team.decree-missing", Warning,
        "Cantumkan nomor dan tanggal SK pembentukan tim oleh Kepala Daerah atau Kepala Perangkat Daerah di 'team.decree'.",
        "Give the number and date of the decree forming the team, issued by the head of region or of the regional agency, in 'team.decree'.");
    REPLICATION_TEAM_DECREE_LATE = ("replication.team.decree-late", Warning,
        "SK tim ({date}) jatuh setelah penguatan kapasitas tim dimulai ({start}): tetapkan tim lebih dahulu.",
        "The team decree ({date}) falls after the team's capacity building starts ({start}): set up the team first.");
    REPLICATION_TEAM_MEMBERS_MISSING = ("replication.team.members-missing", Error,
        "Tim belum beranggota: tambahkan penanggung jawab, ketua dan anggota.",
        "The team has no members: add who is responsible, a chair and members.");
    REPLICATION_TEAM_MEMBER_NAME_MISSING = ("replication.team.member-name-missing", Error,
        "Nama anggota tim wajib diisi.",
        "The team member's name is required.");
    REPLICATION_TEAM_LEAD_MISSING = ("replication.team.lead-missing", Warning,
        "Tim belum memiliki penanggung jawab: tetapkan satu anggota berperan 'penanggung-jawab'.",
        "The team has no one responsible: give one member the role 'penanggung-jawab'.");
    REPLICATION_TEAM_COMPETENCE_MISSING = ("replication.team.competence-missing", Warning,
        "Belum ada anggota tim yang dicatat kompetensinya ('competence'): Walidata Kota Magelang hanya membantu sampai instalasi, jadi replikator wajib menyiapkan SDM yang menguasai substansi aplikasi (ketentuan khusus 3).",
        "No team member has a recorded 'competence': Walidata Kota Magelang only helps up to installation, so the replicator must provide staff competent in the application's substance (special provision 3).");
    REPLICATION_ACTION_PLAN_EMPTY = ("replication.action-plan.empty", Error,
        "Rencana aksi masih kosong: tambahkan kegiatan untuk setiap tahapan ('datago replication init' membuat templatnya).",
        "The action plan is empty: add activities for every stage ('datago replication init' writes a template).");
    REPLICATION_ACTION_ID_MISSING = ("replication.action.id-missing", Error,
        "Kegiatan rencana aksi wajib memiliki 'id' (misalnya A01) agar dapat dipantau.",
        "An action-plan activity needs an 'id' (e.g. A01) so it can be monitored.");
    REPLICATION_ACTION_ID_DUPLICATE = ("replication.action.id-duplicate", Error,
        "ID kegiatan '{value}' dipakai lebih dari sekali: beri setiap kegiatan ID sendiri.",
        "Activity id '{value}' is used more than once: give every activity its own id.");
    REPLICATION_ACTION_ELEMENT_MISSING = ("replication.action.element-missing", Error,
        "Kegiatan '{id}' belum menyebut {element_id}: setiap kegiatan rencana aksi menjelaskan apa, siapa, kapan, output, metode dan biayanya.",
        "Activity '{id}' does not state {element_en}: every action-plan activity states what, who, when, output, method and cost.");
    REPLICATION_ACTION_DATES_REVERSED = ("replication.action.dates-reversed", Error,
        "Kegiatan '{id}' dimulai ({start}) setelah selesai ({end}): perbaiki tanggalnya.",
        "Activity '{id}' starts ({start}) after it ends ({end}): fix the dates.");
    REPLICATION_ACTION_STAGE_NOT_IN_MODEL = ("replication.action.stage-not-in-model", Error,
        "Tahap {stage_id} tidak ada pada {model_id}: pindahkan kegiatan '{id}' ke tahap lain atau ganti model.",
        "The {stage_en} stage is not part of the {model_en}: move activity '{id}' to another stage or change the model.");
    REPLICATION_ACTION_ACTIVITY_UNKNOWN = ("replication.action.activity-unknown", Error,
        "Kode kegiatan '{value}' tidak ada pada templat {model_id}: gunakan kode dari 'datago replication init', atau hapus 'activity' untuk kegiatan tambahan.",
        "Activity code '{value}' is not in the template of the {model_en}: use a code from 'datago replication init', or remove 'activity' for an activity of your own.");
    REPLICATION_ACTION_ACTIVITY_WRONG_STAGE = ("replication.action.activity-wrong-stage", Error,
        "Kegiatan '{value}' termasuk tahap {expected_id}, bukan {stage_id}: perbaiki 'stage'.",
        "Activity '{value}' belongs to the {expected_en} stage, not {stage_en}: fix 'stage'.");
    REPLICATION_ACTION_FUNDING = ("replication.action.funding-not-replicator", Error,
        "Kegiatan '{id}' dibiayai '{value}': biaya replikasi dibebankan kepada anggaran pendapatan dan belanja replikator (ketentuan khusus 10).",
        "Activity '{id}' is funded by '{value}': replication costs are borne by the replicator's budget (special provision 10).");
    REPLICATION_ACTIVITY_MISSING = ("replication.activity.missing", Warning,
        "Rencana aksi belum memuat kegiatan '{activity_id}' (tahap {stage_id}) dari templat {model_id}: tambahkan kegiatan dengan \"activity\": \"{value}\".",
        "The action plan has no activity for '{activity_en}' ({stage_en} stage) of the {model_en} template: add one with \"activity\": \"{value}\".");
    REPLICATION_STAGE_ORDER = ("replication.stage.order", Error,
        "Kegiatan '{id}' tahap {stage_id} dimulai ({start}) sebelum tahap {previous_id} dimulai ({previous_start}): tahapan replikasi berjalan berurutan.",
        "Activity '{id}' of the {stage_en} stage starts ({start}) before the {previous_en} stage starts ({previous_start}): the stages run in order.");
    REPLICATION_AMOUNT_NEGATIVE = ("replication.amount.negative", Error,
        "Nilai uang tidak boleh negatif ({value}).",
        "A money amount cannot be negative ({value}).");
    REPLICATION_BUDGET_MISSING = ("replication.budget.missing", Error,
        "Cantumkan pagu anggaran replikasi di 'budget.ceiling': replikator menyediakan anggaran SDM, infrastruktur dan administrasi (tahap Persiapan; ketentuan khusus 2).",
        "Give the replication's budget ceiling in 'budget.ceiling': the replicator budgets for people, infrastructure and administration (Persiapan stage; special provision 2).");
    REPLICATION_BUDGET_SOURCE_MISSING = ("replication.budget.source-missing", Warning,
        "Sebutkan sumber anggaran di 'budget.source', misalnya 'APBD Kabupaten X Tahun Anggaran 2026' (ketentuan khusus 10).",
        "State where the budget comes from in 'budget.source', e.g. 'APBD Kabupaten X Tahun Anggaran 2026' (special provision 10).");
    REPLICATION_BUDGET_EXCEEDS_CEILING = ("replication.budget.exceeds-ceiling", Error,
        "Jumlah biaya rencana aksi {total} melebihi pagu anggaran {ceiling}: kurangi biaya atau naikkan pagu.",
        "The action plan costs {total}, more than the budget ceiling of {ceiling}: cut costs or raise the ceiling.");
    REPLICATION_BUDGET_OVERSPENT = ("replication.budget.overspent", Warning,
        "Realisasi kegiatan '{id}' {spent} melebihi biaya yang direncanakan {cost}: jelaskan di catatan kemajuan atau revisi rencana.",
        "Activity '{id}' has spent {spent}, more than its planned {cost}: explain it in the progress note or revise the plan.");
    REPLICATION_BUDGET_SPENT_OVER_CEILING = ("replication.budget.spent-over-ceiling", Error,
        "Total realisasi {spent} melebihi pagu anggaran {ceiling}: hentikan belanja dan revisi anggaran.",
        "Total spending of {spent} exceeds the budget ceiling of {ceiling}: stop spending and revise the budget.");
    REPLICATION_PROGRESS_DATES_REVERSED = ("replication.progress.dates-reversed", Error,
        "Kegiatan '{id}' tercatat selesai ({end}) sebelum dimulai ({start}): perbaiki 'actualStart' atau 'actualEnd'.",
        "Activity '{id}' is recorded as ending ({end}) before it started ({start}): fix 'actualStart' or 'actualEnd'.");
    REPLICATION_PROGRESS_INCONSISTENT = ("replication.progress.inconsistent", Warning,
        "Kemajuan kegiatan '{id}' tidak konsisten: {detail_id}.",
        "The progress of activity '{id}' is inconsistent: {detail_en}.");
    REPLICATION_PROGRESS_PERCENT_INVALID = ("replication.progress.percent-invalid", Error,
        "Persentase kemajuan {value} tidak sah: gunakan 0–100.",
        "Progress percentage {value} is invalid: use 0–100.");
    REPLICATION_PROGRESS_LATE = ("replication.progress.late", Warning,
        "Kegiatan '{id}' terlambat {days} hari per {as_of}: {detail_id}. Perbarui kemajuannya atau jadwalkan ulang.",
        "Activity '{id}' is {days} days late as of {as_of}: {detail_en}. Update its progress or reschedule it.");
    REPLICATION_DATE_FUTURE = ("replication.date.future", Error,
        "Tanggal {value} jatuh setelah tanggal acuan {as_of}: realisasi tidak dapat tercatat di masa depan; periksa tanggalnya.",
        "Date {value} is after the as-of date {as_of}: what happened cannot be dated in the future; check the date.");
    REPLICATION_EVALUATION_MISSING = ("replication.evaluation.missing", Error,
        "Rancang tahap Evaluasi di 'evaluation': periode evaluasi (misal 1 atau 2 tahun) serta indikator manfaat dan dampak.",
        "Design the Evaluasi stage in 'evaluation': an evaluation period (e.g. 1 or 2 years) and benefit and impact indicators.");
    REPLICATION_EVALUATION_PERIOD_MISSING = ("replication.evaluation.period-missing", Error,
        "Tentukan periode evaluasi di 'evaluation.period'; pedoman meminta jangka cukup panjang, misal 1 atau 2 tahun.",
        "Set the evaluation period in 'evaluation.period'; the guide asks for a fairly long one, e.g. 1 or 2 years.");
    REPLICATION_EVALUATION_PERIOD_REVERSED = ("replication.evaluation.period-reversed", Error,
        "Periode evaluasi dimulai ({start}) setelah berakhir ({end}): perbaiki tanggalnya.",
        "The evaluation period starts ({start}) after it ends ({end}): fix the dates.");
    REPLICATION_EVALUATION_PERIOD_SHORT = ("replication.evaluation.period-short", Warning,
        "Periode evaluasi hanya {days} hari: pedoman meminta evaluasi menyeluruh dalam jangka cukup panjang (misal 1 atau 2 tahun); perpanjang periodenya.",
        "The evaluation period is only {days} days: the guide asks for a thorough evaluation over a fairly long period (e.g. 1 or 2 years); extend it.");
    REPLICATION_EVALUATION_BEFORE_REPLICATION = ("replication.evaluation.before-replication", Error,
        "Periode evaluasi dimulai ({start}) sebelum tahap Replikasi dimulai ({replication}): evaluasi menilai implementasi hasil replikasi, mulailah sesudahnya.",
        "The evaluation period starts ({start}) before the Replikasi stage starts ({replication}): the evaluation assesses the implemented replica, so start it afterwards.");
    REPLICATION_EVALUATION_INDICATORS_MISSING = ("replication.evaluation.indicators-missing", Error,
        "Tambahkan indikator manfaat dan dampak dengan nilai awal (baseline) dan target di 'evaluation.indicators'.",
        "Add benefit and impact indicators with a baseline and a target in 'evaluation.indicators'.");
    REPLICATION_EVALUATION_KIND_MISSING = ("replication.evaluation.kind-missing", Warning,
        "Belum ada indikator {kind_id}: tahap Evaluasi mengukur manfaat dan dampak replikasi; tambahkan satu.",
        "There is no {kind_en} indicator: the Evaluasi stage measures both the benefits and the impact of the replication; add one.");
    REPLICATION_INDICATOR_NAME_MISSING = ("replication.indicator.name-missing", Error,
        "Indikator wajib bernama: sebutkan apa yang diukur.",
        "An indicator needs a name: say what it measures.");
    REPLICATION_INDICATOR_TARGET_MISSING = ("replication.indicator.target-missing", Error,
        "Indikator '{value}' belum memiliki target: tetapkan nilai yang ingin dicapai di akhir periode evaluasi.",
        "Indicator '{value}' has no target: set the value to reach by the end of the evaluation period.");
    REPLICATION_INDICATOR_BASELINE_MISSING = ("replication.indicator.baseline-missing", Warning,
        "Indikator '{value}' belum memiliki nilai awal (baseline): tanpa itu manfaat dan dampak tidak dapat diukur.",
        "Indicator '{value}' has no baseline: without one, benefit and impact cannot be measured.");
    REPLICATION_INDICATOR_TARGET_NOT_IMPROVEMENT = ("replication.indicator.target-not-improvement", Warning,
        "Target indikator '{value}' ({target}) tidak lebih baik daripada nilai awalnya ({baseline}) untuk arah '{direction}': periksa target atau 'direction'.",
        "The target of indicator '{value}' ({target}) is no better than its baseline ({baseline}) in direction '{direction}': check the target or 'direction'.");
    REPLICATION_INDICATOR_MEASUREMENT_OUTSIDE = ("replication.indicator.measurement-outside-period", Warning,
        "Pengukuran indikator '{value}' tanggal {date} berada di luar periode evaluasi ({start} s.d. {end}).",
        "Indicator '{value}' was measured on {date}, outside the evaluation period ({start} to {end}).");
    REPLICATION_PROVISION_UNACKNOWLEDGED = ("replication.provision.unacknowledged", Error,
        "Ketentuan khusus {numbers} belum dinyatakan dipahami dan disetujui replikator: baca ketentuannya ('datago replication provisions') lalu cantumkan nomornya di 'provisions.acknowledged'.",
        "Special provisions {numbers} are not yet acknowledged by the replicator: read them ('datago replication provisions') and list their numbers in 'provisions.acknowledged'.");
    REPLICATION_PROVISION_UNKNOWN = ("replication.provision.unknown", Error,
        "Ketentuan khusus nomor {value} tidak ada: nomornya 1–17.",
        "There is no special provision {value}: they are numbered 1–17.");
    REPLICATION_PROVISION_ACKNOWLEDGER_MISSING = ("replication.provision.acknowledger-missing", Warning,
        "Sebutkan siapa yang menyatakan persetujuan atas ketentuan khusus atas nama replikator ('provisions.by') beserta tanggalnya ('provisions.date').",
        "Say who acknowledged the special provisions for the replicator ('provisions.by') and when ('provisions.date').");
    REPLICATION_HOMEPAGE_UNCHECKED = ("replication.homepage.unchecked", Info,
        "Ketentuan khusus 9 (logo DataGO dan tautan ke https://datago.magelangkota.go.id di beranda replika) belum diperiksa: periksa beranda replika dan sertakan hasilnya.",
        "Special provision 9 (DataGO logo and link to https://datago.magelangkota.go.id on the replica's homepage) has not been checked: check the replica's homepage and supply the result.");
    REPLICATION_HOMEPAGE_NONCOMPLIANT = ("replication.homepage.noncompliant", Error,
        "Beranda replika belum memenuhi ketentuan khusus 9 (logo DataGO dan tautan ke https://datago.magelangkota.go.id): {detail_id}",
        "The replica's homepage does not meet special provision 9 (DataGO logo and link to https://datago.magelangkota.go.id): {detail_en}");

    // --- licence (datago-core/src/license/) ----------------------------------------------------
    LICENSE_UNKNOWN = ("license.unknown", Warning,
        "Lisensi '{value}' tidak dikenal{suggestion_id}: gunakan id SPDX dari registri ('datago license list'), misalnya CC-BY-4.0.",
        "Licence '{value}' is not recognised{suggestion_en}: use an SPDX id from the registry ('datago license list'), e.g. CC-BY-4.0.");
    LICENSE_NOT_CANONICAL = ("license.not-canonical", Info,
        "Lisensi '{value}' dikenali sebagai {license}{assumed_id}: tuliskan id '{license}' agar konsisten di semua ekspor.",
        "Licence '{value}' is recognised as {license}{assumed_en}: write the id '{license}' so every export agrees.");
    LICENSE_RESOURCE_NOT_OPEN = ("license.resource.not-open", Error,
        "Dataset berlisensi terbuka {dataset}, tetapi sumber daya ini berlisensi {resource} yang tidak terbuka: samakan dengan lisensi dataset atau pindahkan sumber daya ini ke dataset lain.",
        "The dataset is under the open licence {dataset} but this resource is under {resource}, which is not open: use the dataset's licence or move the resource to another dataset.");
    LICENSE_RESOURCE_CONFLICT = ("license.resource.conflict", Warning,
        "Lisensi sumber daya {resource} bertentangan dengan lisensi dataset {dataset} (sumber daya {reason_id}): samakan lisensinya, atau hapus lisensi sumber daya agar mewarisi lisensi dataset.",
        "The resource licence {resource} conflicts with the dataset licence {dataset} (the resource {reason_en}): align them, or remove the resource's licence so it inherits the dataset's.");

    // --- replica compliance (datago-core/src/replica/; ketentuan khusus 4–9) ---------------------
    REPLICA_LINK_MISSING = ("replica.homepage.link-missing", Error,
        "Halaman utama tidak memuat tautan ke https://datago.magelangkota.go.id (ketentuan khusus 9): tambahkan blok kredit DataGO ('datago replica credit').",
        "The home page has no link to https://datago.magelangkota.go.id (special provision 9): add the DataGO credit block ('datago replica credit').");
    REPLICA_LINK_WRONG_HOST = ("replica.homepage.link-wrong-host", Warning,
        "Tautan '{value}' mengarah ke host '{host}', bukan datago.magelangkota.go.id: perbaiki alamatnya menjadi https://datago.magelangkota.go.id.",
        "Link '{value}' goes to host '{host}', not datago.magelangkota.go.id: change it to https://datago.magelangkota.go.id.");
    REPLICA_LINK_HIDDEN = ("replica.homepage.link-hidden", Error,
        "Tautan ke DataGO ada tetapi tidak terlihat ({reason_id}): tampilkan tautannya di halaman utama.",
        "The link to DataGO is there but not visible ({reason_en}): show it on the home page.");
    REPLICA_LINK_INERT = ("replica.homepage.link-inert", Error,
        "Tautan ke DataGO hanya ada di dalam {where_id}, yang tidak ditampilkan peramban: letakkan tautannya di isi halaman.",
        "The link to DataGO is only inside {where_en}, which browsers do not display: put the link in the page content.");
    REPLICA_LINK_DISABLED = ("replica.homepage.link-disabled", Error,
        "Tautan ke DataGO tidak dapat diikuti ({reason_id}): hapus penghalangnya agar tautan berfungsi.",
        "The link to DataGO cannot be followed ({reason_en}): remove what blocks it so the link works.");
    REPLICA_LINK_TEXT_ONLY = ("replica.homepage.link-text-only", Error,
        "Alamat https://datago.magelangkota.go.id hanya tertulis sebagai teks, bukan tautan: jadikan tautan (<a href=\"https://datago.magelangkota.go.id\">).",
        "The address https://datago.magelangkota.go.id is only written as text, not as a link: make it a link (<a href=\"https://datago.magelangkota.go.id\">).");
    REPLICA_LINK_INSECURE = ("replica.homepage.link-insecure", Info,
        "Tautan ke DataGO memakai http: gunakan https://datago.magelangkota.go.id.",
        "The link to DataGO uses http: use https://datago.magelangkota.go.id.");
    REPLICA_LINK_NOT_HOME = ("replica.homepage.link-not-home", Info,
        "Tautan ke DataGO mengarah ke '{value}', bukan ke halaman utamanya: ketentuan khusus 9 menyebut https://datago.magelangkota.go.id.",
        "The link to DataGO goes to '{value}', not to its home page: special provision 9 names https://datago.magelangkota.go.id.");
    REPLICA_LOGO_MISSING = ("replica.homepage.logo-missing", Error,
        "Halaman utama tidak menampilkan logo DataGO (ketentuan khusus 9): tambahkan gambar logo DataGO dengan teks alt 'Logo DataGO'.",
        "The home page does not show the DataGO logo (special provision 9): add the DataGO logo image with the alt text 'Logo DataGO'.");
    REPLICA_LOGO_HIDDEN = ("replica.homepage.logo-hidden", Error,
        "Logo DataGO ada tetapi tidak terlihat ({reason_id}): tampilkan logonya di halaman utama.",
        "The DataGO logo is there but not visible ({reason_en}): show it on the home page.");
    REPLICA_LOGO_INERT = ("replica.homepage.logo-inert", Error,
        "Logo DataGO hanya ada di dalam {where_id}, yang tidak ditampilkan peramban: letakkan logonya di isi halaman.",
        "The DataGO logo is only inside {where_en}, which browsers do not display: put the logo in the page content.");
    REPLICA_LOGO_NO_ALT = ("replica.homepage.logo-no-alt", Warning,
        "Logo DataGO tidak memiliki teks alternatif: tambahkan alt=\"Logo DataGO\" agar terbaca pembaca layar.",
        "The DataGO logo has no alternative text: add alt=\"Logo DataGO\" so screen readers announce it.");
    REPLICA_LOGO_NOT_LINKED = ("replica.homepage.logo-not-linked", Info,
        "Logo DataGO tidak berada di dalam atau di samping tautan ke DataGO: jadikan logo itu tautan ke https://datago.magelangkota.go.id.",
        "The DataGO logo is not inside or next to the link to DataGO: make the logo the link to https://datago.magelangkota.go.id.");
    REPLICA_TERMS_COMMERCIAL = ("replica.terms.commercial-use", Error,
        "Syarat penggunaan replika mengizinkan penggunaan komersial{detail_id}, padahal hasil replikasi DataGO dilarang dikomersialkan (ketentuan khusus 6): hapus izin itu.",
        "The replica's terms of use allow commercial use{detail_en}, but the results of a DataGO replication may not be commercialised (special provision 6): remove that permission.");
    REPLICA_TERMS_RE_REPLICATION = ("replica.terms.re-replication", Error,
        "Syarat penggunaan replika mengizinkan replikasi ulang atau pengalihan kepada pihak lain{detail_id}, padahal itu dilarang tanpa izin Walidata Kota Magelang (ketentuan khusus 5 dan 7): hapus izin itu.",
        "The replica's terms of use allow re-replication or transfer to others{detail_en}, which is forbidden without Walidata Kota Magelang's permission (special provisions 5 and 7): remove that permission.");
    REPLICA_TERMS_GOVERNMENT_USE = ("replica.terms.government-use", Error,
        "Syarat penggunaan replika membuka penggunaan di luar urusan pemerintahan{detail_id}, padahal hasil replikasi hanya untuk urusan pemerintahan (ketentuan khusus 4): batasi penggunaannya.",
        "The replica's terms of use open it to uses beyond government affairs{detail_en}, but the results may only serve government affairs (special provision 4): restrict the use.");
    REPLICA_TERMS_IP_OWNER = ("replica.terms.ip-owner", Error,
        "HAKI DataGO dinyatakan milik '{value}', padahal milik Pemerintah Kota Magelang (sertifikat EC00202180161, 16 Desember 2021; ketentuan khusus 8): perbaiki pernyataannya.",
        "DataGO's intellectual property is attributed to '{value}', but it belongs to Pemerintah Kota Magelang (certificate EC00202180161, 16 December 2021; special provision 8): correct the statement.");
    REPLICA_TERMS_CERTIFICATE = ("replica.terms.haki-certificate", Error,
        "Nomor sertifikat HAKI '{value}' keliru: sertifikat DataGO bernomor EC00202180161 tanggal 16 Desember 2021.",
        "HAKI certificate number '{value}' is wrong: DataGO's certificate is EC00202180161 of 16 December 2021.");
    REPLICA_TERMS_UNSTATED = ("replica.terms.unstated", Warning,
        "Syarat penggunaan replika belum menyatakan {term_id} (ketentuan khusus {provision}): tambahkan pernyataannya.",
        "The replica's terms of use do not state {term_en} (special provision {provision}): add the statement.");

    // --- tables and personal data (datago-core/src/table/, datago-core/src/privacy.rs) --------
    TABLE_CONTENT_INVALID = ("resource.table.invalid", Error,
        "Isi berkas '{value}' tidak sesuai Table Schema: {count} galat '{code}', yang pertama: {detail_id}",
        "The contents of '{value}' do not match the Table Schema: {count} '{code}' error(s), the first: {detail_en}");
    TABLE_CONTENT_PARTIAL = ("resource.table.partial", Warning,
        "Validasi isi '{value}' berhenti setelah {count} galat: perbaiki galat di atas lalu periksa ulang.",
        "Validation of '{value}' stopped after {count} errors: fix the errors above and check again.");
    TABLE_REGION_CODE = ("resource.table.region-code", Warning,
        "Kolom '{column}' di '{value}': {count} kode wilayah {problem_id} (contoh baris {rows}). Gunakan kode Kemendagri atau BPS yang berlaku.",
        "Column '{column}' of '{value}': {count} region code(s) {problem_en} (e.g. rows {rows}). Use current Kemendagri or BPS codes.");
    TABLE_PERSONAL_DATA_OPEN = ("resource.personal-data.open", Error,
        "Dataset terbuka memuat data pribadi di '{value}': {detail_id}",
        "An open (terbuka) dataset holds personal data in '{value}': {detail_en}");
    TABLE_PERSONAL_DATA = ("resource.personal-data", Warning,
        "Berkas '{value}' memuat data pribadi (boleh untuk data terbatas/tertutup, jangan diterbitkan terbuka): {detail_id}",
        "'{value}' holds personal data (acceptable for restricted data, never publish it openly): {detail_en}");

    // --- catalog directory ---------------------------------------------------------------------
    BUNDLE_DOCUMENT_UNPARSEABLE = ("bundle.document.unparseable", Error,
        "Dokumen tidak dapat dibaca: {detail_id}.",
        "The document cannot be read: {detail_en}.");
    BUNDLE_FILE_UNREFERENCED = ("bundle.file.unreferenced", Info,
        "Berkas data '{value}' tidak dirujuk oleh sumber daya mana pun.",
        "Data file '{value}' is not referenced by any resource.");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in ALL {
            assert!(seen.insert(r.code), "duplicate code {}", r.code);
            assert!(
                r.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-'),
                "{}",
                r.code
            );
            // Both languages name the same placeholders.
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| {
                        p.split_once('}')
                            .map(|(n, _)| n.replace("_id", "").replace("_en", ""))
                    })
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(r.id), holes(r.en), "{}", r.code);
        }
    }
}
