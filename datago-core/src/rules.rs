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
