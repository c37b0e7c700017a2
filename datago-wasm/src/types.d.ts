// TypeScript declarations of the values DataGO passes in and out; wasm-bindgen copies this file
// into the generated `.d.ts`. The JSON shape is the core's (serde): the interfaces of documents
// follow `schemas/*.schema.json`, and tests/types.test.mjs fails when they drift apart.
// A property is optional (`?`) when the core may leave it out; `| null` where a document may
// say `null` (read as absent).

/** A text in one or more languages keyed by BCP 47 tag: `{id: "Jumlah Penduduk", en: "Population"}`. Documents may give a bare string, read as Bahasa Indonesia. */
export type LocalizedText = { [lang: string]: string };

/** The document types DataGO reads, validates and has JSON Schemas for, by kind name. */
export interface DocumentTypes {
  catalog: Catalog;
  organization: Organization;
  dataset: Dataset;
  resource: Resource;
  "contact-point": ContactPoint;
  "table-schema": TableSchema;
  finding: Finding;
  report: Report;
  "replication-plan": ReplicationPlan;
}

/** A document kind: `catalog`, `organization`, `dataset`, `resource`, `contact-point`, `table-schema`, `finding`, `report` or `replication-plan`. */
export type DocumentKind = keyof DocumentTypes;

/**
 * Reads a document of type `kind` from JSON text and returns it in canonical form: defaults
 * filled in, unknown fields dropped, plain strings of multilingual fields turned into `{id: …}`.
 *
 * @throws {DataGoError} `ParseError` (`parse.syntax`, `parse.eof`, `parse.data`, with `line` and
 * `column`) when the text is not such a document; `InvalidArgumentError` for an unknown kind.
 */
export function parseDocument<K extends DocumentKind>(kind: K, json: string): DocumentTypes[K];

/** A catalog: the portal's own metadata, its organizations and its datasets. */
export interface Catalog {
  /** Stable identifier of the catalog. */
  id: string;
  /** Title. */
  title: LocalizedText;
  /** Description. */
  description: LocalizedText;
  /** Organization code of the publisher (normally the walidata). */
  publisher: string;
  /** The portal's address. */
  homepage?: string | null;
  /** Languages of the metadata (BCP 47 tags). */
  language?: string[];
  /** Region the catalog covers. */
  spatial?: RegionCode | null;
  /** Default license id of the catalog's metadata. */
  license?: string | null;
  /** Date first issued (`YYYY-MM-DD`). */
  issued?: string | null;
  /** Date last modified (`YYYY-MM-DD`). */
  modified?: string | null;
  /** Whom to ask about the portal. */
  contact?: ContactPoint | null;
  /** Organizations. */
  organizations: Organization[];
  /** Datasets. */
  datasets: Dataset[];
}

/** The role an organization plays in Satu Data (Perpres 39/2019). */
export type SatuDataRole = "pembina-data" | "walidata" | "walidata-pendukung" | "produsen-data";

/** What kind of body an organization is. */
export type OrganizationKind =
  | "pemerintah-daerah"
  | "dinas"
  | "badan"
  | "sekretariat"
  | "inspektorat"
  | "kecamatan"
  | "kelurahan"
  | "unit-layanan"
  | "bumd"
  | "instansi-vertikal"
  | "lainnya";

/** A body that produces, stewards or oversees data (perangkat daerah and others). */
export interface Organization {
  /** Stable code, a slug (`diskominsta`); datasets refer to it. */
  code: string;
  /** Official name. */
  name: LocalizedText;
  /** Short name or acronym (`Diskominsta`). */
  shortName?: string | null;
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Its Satu Data role. */
  role: SatuDataRole;
  /** Code of the parent organization. */
  parent?: string | null;
  /** Main urusan codes it is responsible for (`1.02`). */
  urusan?: string[];
  /** Where it is. */
  region?: RegionCode | null;
  /** Its website. */
  homepage?: string | null;
  /** Who to contact. */
  contact?: ContactPoint | null;
  /** What the organization does. */
  description?: LocalizedText | null;
  /** Other key/value metadata (CKAN organization extras), kept as they are. */
  extras?: Record<string, string>;
  /** Its logo. */
  imageUrl?: string | null;
}

/** How to reach the people responsible (`dcat:contactPoint`). */
export interface ContactPoint {
  /** Name of the person, unit or desk. */
  name: string;
  /** E-mail address. */
  email?: string | null;
  /** Telephone number. */
  phone?: string | null;
  /** Web page or form. */
  url?: string | null;
}

/** Where a dataset stands in the publication workflow. */
export type PublicationStatus = "draft" | "submitted" | "verified" | "returned" | "published" | "archived";

/** A step in the publication workflow. */
export type Action = "submit" | "verify" | "return" | "publish" | "archive";

/** How often a dataset is updated (frekuensi penyelenggaraan). */
export type Frequency = "harian" | "mingguan" | "bulanan" | "triwulanan" | "semesteran" | "tahunan" | "lainnya";

/** Access classification (klasifikasi data): only `terbuka` data may be published. */
export type AccessLevel = "terbuka" | "terbatas" | "tertutup";

/** The period a dataset covers (inclusive `YYYY-MM-DD` dates). */
export interface TemporalCoverage {
  /** First day covered. */
  start: string;
  /** Last day covered. */
  end: string;
}

/** A dataset: metadata plus its resources and its publication history. */
export interface Dataset {
  /** Stable identifier that never changes (a UUID is recommended). */
  id: string;
  /** URL name with CKAN's rules (2–100 of `a-z0-9_-`). */
  slug: string;
  /** Title (judul). */
  title: LocalizedText;
  /** Description (deskripsi). */
  description: LocalizedText;
  /** Keywords (kata kunci). */
  keywords?: string[];
  /** Urusan pemerintahan codes (Permendagri 90/2019, `1.02`). */
  themes?: string[];
  /** Organization code of the produsen data. */
  producer: string;
  /** Organization code of the walidata that checks and publishes it. */
  walidata: string;
  /** Update frequency. */
  frequency?: Frequency | null;
  /** Period covered. */
  temporal?: TemporalCoverage | null;
  /** Region covered. */
  spatial?: RegionCode | null;
  /** License id (SPDX where one exists: `CC-BY-4.0`). */
  license?: string | null;
  /** Access classification. */
  access?: AccessLevel | null;
  /** Where the dataset is in the publication workflow. */
  status: PublicationStatus;
  /** Date first issued (`YYYY-MM-DD`). */
  issued?: string | null;
  /** Date last modified (`YYYY-MM-DD`). */
  modified?: string | null;
  /** Whom to ask about the data. */
  contact?: ContactPoint | null;
  /** Files and links with the data. */
  resources?: Resource[];
  /** Every workflow step taken, oldest first. */
  history?: Transition[];
  /** Other key/value metadata (CKAN extras). */
  extras?: { [key: string]: string };
  /** The person or unit that made the data (CKAN `author`, `dct:creator`). */
  author?: Agent | null;
  /** Groups or collections the dataset belongs to (CKAN group names). */
  groups?: string[];
  /** Web page about the dataset (`dcat:landingPage`, CKAN `url`). */
  landingPage?: string | null;
  /** Languages of the data (BCP 47 tags, `id`, `en`). */
  language?: string[];
  /** The person or unit that maintains the metadata (CKAN `maintainer`). */
  maintainer?: Agent | null;
  /** When the metadata record was created and last changed (CKAN `metadata_created`, `metadata_modified`). */
  record?: RecordDates | null;
  /** Satu Data standard and statistical metadata (Perpres 39/2019; MS-Keg, MS-Var, MS-Ind of Peraturan BPS 5/2020). */
  satuData?: SatuData | null;
  /** Where the data comes from (`dct:source`, Data Package `sources`). */
  sources?: SourceRef[];
  /** Version label (`dcat:version`, CKAN `version`). */
  version?: string | null;
}

/** Who took a workflow step: a person acting for an organization. */
export interface Actor {
  /** Code of the organization the person acts for. */
  organization: string;
  /** The person's name or user id. */
  name: string;
}

/** A recorded step of the workflow. */
export interface Transition {
  /** Status before. */
  from: PublicationStatus;
  /** Status after. */
  to: PublicationStatus;
  /** The action taken. */
  action: Action;
  /** Who took it. */
  by: Actor;
  /** When (UTC, RFC 3339). */
  at: string;
  /** Why, or what was changed; required when returning. */
  note?: string | null;
}

/** A workflow step to take with `applyAction`. */
export interface WorkflowStep {
  /** The action. */
  action: Action;
  /** Code of the organization the actor acts for (the dataset's producer or walidata). */
  organization: string;
  /** The person's name or user id. */
  actor: string;
  /** When: an RFC 3339 time (`2026-11-26T09:00:00+07:00`) or a `Date`. */
  at: string | Date;
  /** Why; required for `return`. */
  note?: string | null;
}

/** A checksum algorithm. */
export type ChecksumAlgorithm = "sha256" | "sha512" | "sha1" | "md5";

/** A file checksum. */
export interface Checksum {
  /** The algorithm. */
  algorithm: ChecksumAlgorithm;
  /** Lowercase hexadecimal digest. */
  value: string;
}

/** A resource (DCAT distribution): one file or link carrying a dataset's data. */
export interface Resource {
  /** Stable id within the dataset. */
  id?: string | null;
  /** Title. */
  title: LocalizedText;
  /** Description. */
  description?: LocalizedText | null;
  /** File format name (`CSV`, `XLSX`, …). */
  format?: string | null;
  /** IANA media type (`text/csv`). */
  mediaType?: string | null;
  /** Where to download it. */
  url?: string | null;
  /** Path of the file relative to the catalog directory (`data/penduduk.csv`). */
  path?: string | null;
  /** Size in bytes. */
  byteSize?: number | null;
  /** Checksum of the file. */
  checksum?: Checksum | null;
  /** License, when it differs from the dataset's. */
  license?: string | null;
  /** Table Schema of a tabular file. */
  schema?: TableSchema | null;
  /** Table Dialect of a CSV file (delimiter, quoting, header rows). */
  dialect?: TableDialect | null;
  /** Character encoding of a text file (`utf-8`, `windows-1252`). */
  encoding?: string | null;
  /** Other properties (e.g. CKAN resource fields DataGO has no field for), kept as they are. */
  extras?: Record<string, unknown>;
  /** Date the resource was first issued. */
  issued?: string | null;
  /** Date the resource last changed. */
  modified?: string | null;
}

/** Field types of Frictionless Table Schema. */
export type FieldType =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "datetime"
  | "time"
  | "year"
  | "yearmonth"
  | "duration"
  | "geopoint"
  | "geojson"
  | "object"
  | "array"
  | "list"
  | "any";

/** Constraints on a field's values. */
export interface FieldConstraints {
  /** A value is required in every row. */
  required?: boolean | null;
  /** Values are unique. */
  unique?: boolean | null;
  /** Smallest allowed value (a number, or a date/time string for temporal types). */
  minimum?: unknown;
  /** Largest allowed value. */
  maximum?: unknown;
  /** Shortest allowed length. */
  minLength?: number | null;
  /** Longest allowed length. */
  maxLength?: number | null;
  /** Smallest allowed value, excluded (Table Schema v2). */
  exclusiveMinimum?: unknown;
  /** Largest allowed value, excluded (Table Schema v2). */
  exclusiveMaximum?: unknown;
  /** Regular expression every value matches. */
  pattern?: string | null;
  /** The allowed values. */
  enum?: unknown[] | null;
}

/** One column of a table. Other Table Schema properties are kept as they are. */
export interface Field {
  /** Column name as in the header. */
  name: string;
  /** Value type. */
  type: FieldType;
  /** Type-specific format. */
  format?: string | null;
  /** Human title. */
  title?: string | null;
  /** What the column means. */
  description?: string | null;
  /** Value constraints. */
  constraints?: FieldConstraints | null;
  /** Other Table Schema properties (`decimalChar`, `trueValues`, …). */
  [property: string]: unknown;
}

/** The target of a foreign key. */
export interface ForeignKeyReference {
  /** Name of the other resource (`""` for the same one). */
  resource: string;
  /** Field names there. */
  fields: string[];
}

/** A foreign key: fields of this table that refer to fields of another resource. */
export interface ForeignKey {
  /** Local field names. */
  fields: string[];
  /** What they refer to. */
  reference: ForeignKeyReference;
}

/** A Frictionless Table Schema. */
export interface TableSchema {
  /** Columns, in order. */
  fields: Field[];
  /** Field names forming the primary key. */
  primaryKey?: string[];
  /** Foreign keys. */
  foreignKeys?: ForeignKey[];
  /** Strings read as missing values. */
  missingValues?: string[] | null;
  /** How header labels pair with fields (Table Schema v2; default `exact`). */
  fieldsMatch?: FieldsMatch | null;
}

/** How the header of a table pairs with the schema's fields (Table Schema v2). */
export type FieldsMatch = "exact" | "equal" | "subset" | "superset" | "partial";

/** Which code list a region code belongs to. */
export type RegionScheme = "kemendagri" | "bps";

/** The administrative level a region code designates. */
export type RegionLevel = "provinsi" | "kabupaten-kota" | "kecamatan" | "desa-kelurahan";

/** A scheme-tagged region code (kode wilayah): `{scheme: "kemendagri", code: "33.71"}`. */
export interface RegionCode {
  /** The code list. */
  scheme: RegionScheme;
  /** The code as written in that list. */
  code: string;
}

/** What DataGO can tell about a region code from its shape (`regionInfo`). */
export interface RegionInfo {
  /** The scheme (given, or detected). */
  scheme: RegionScheme;
  /** The code as given. */
  code: string;
  /** True when the code has its scheme's shape. */
  wellFormed: boolean;
  /** The level, when well formed. */
  level: RegionLevel | null;
  /** The Kemendagri form, when it converts. */
  kemendagri: string | null;
  /** The BPS form, when it converts. */
  bps: string | null;
}

/** How serious a finding is. */
export type Severity = "info" | "warning" | "error";

/** A message in Bahasa Indonesia (`id`) and English (`en`). */
export interface Message {
  /** Bahasa Indonesia. */
  id: string;
  /** English. */
  en: string;
}

/** One problem (or remark) found in a document. */
export interface Finding {
  /** Stable machine code, e.g. `dataset.slug.invalid` (see `rules()`). */
  code: string;
  /** How serious it is. */
  severity: Severity;
  /** JSON pointer (RFC 6901) to the offending value; `""` is the whole document. */
  path: string;
  /** The document the finding is about, when a report covers several. */
  document?: string | null;
  /** What is wrong and what to do next. */
  message: Message;
}

/** Counts of findings per severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** Summary of one dataset's findings. */
export interface DatasetSummary {
  /** The dataset's slug. */
  slug: string;
  /** The dataset's title in Bahasa Indonesia (or the best available). */
  title: string;
  /** Where the dataset came from (`datasets/x.json`). */
  document?: string | null;
  /** Findings per severity. */
  counts: SeverityCounts;
}

/** The result of checking a whole catalog (`checkBundle`, `checkSample`). */
export interface Report {
  /** The catalog's id. */
  catalog: string;
  /** The catalog's title in Bahasa Indonesia (or the best available). */
  title: string;
  /** Number of organizations. */
  organizations: number;
  /** Number of datasets read. */
  datasets: number;
  /** Number of resources. */
  resources: number;
  /** Findings per severity. */
  counts: SeverityCounts;
  /** True when there is no finding of severity error. */
  valid: boolean;
  /** Datasets with findings, worst first, at most ten. */
  worst: DatasetSummary[];
  /** Every finding. */
  findings: Finding[];
}

/** A catalog directory: path (`catalog.json`, `datasets/x.json`, `data/x.csv`) → contents (text, or bytes such as a Node `Buffer`). */
export type BundleFiles = { [path: string]: string | Uint8Array };

/** Called after each dataset of a bundle is checked. */
export type ProgressCallback = (done: number, total: number) => void;

/** One bidang urusan pemerintahan (Permendagri 90/2019), e.g. `1.02` Kesehatan. */
export interface Urusan {
  /** The code, `group.number` (`1.02`). */
  code: string;
  /** The name in Bahasa Indonesia and English. */
  name: LocalizedText;
  /** EU data theme codes (`HEAL`, `EDUC`, …), the first being the main one. */
  euThemes: string[];
}

/** One validation rule: a finding code with its severity and message templates. */
export interface Rule {
  /** Stable machine code. */
  code: string;
  /** Severity of its findings. */
  severity: Severity;
  /** Message template in Bahasa Indonesia (`{name}` is filled in from the finding). */
  id: string;
  /** Message template in English. */
  en: string;
}

/** A vocabulary `euUris` maps to EU URIs. */
export type Vocabulary = "frequency" | "access" | "urusan";

/** A JSON Schema (draft 2020-12). */
export interface JSONSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: { [name: string]: unknown };
  required?: string[];
  $defs?: { [name: string]: unknown };
  [keyword: string]: unknown;
}

/** The `name` of every error DataGO throws. */
export type DataGoErrorName =
  | "DataGoError"
  | "ParseError"
  | "WorkflowError"
  | "BundleError"
  | "ValidationError"
  | "InvalidArgumentError"
  | "LicenseError"
  | "ReplicaError";

/** What DataGO throws: a real `Error` with a stable `code` and messages in both languages. */
export interface DataGoError extends Error {
  /** The kind of error. */
  name: DataGoErrorName;
  /** Stable machine code: `parse.syntax`, `parse.eof`, `parse.data`, `workflow.illegal-transition`, `workflow.wrong-actor`, `workflow.note-required`, `workflow.out-of-order`, `bundle.catalog-missing`, `invalid-argument`, `invalid`, `unrepresentable`. */
  code: string;
  /** The message in Bahasa Indonesia (`id`) and English (`en`); `message` is the English one. */
  messages: Message;
  /** 1-based line of a parse error (0 when read from an object). */
  line?: number;
  /** 1-based column of a parse error. */
  column?: number;
  /** The file a `BundleError` is about. */
  path?: string;
  /** The findings of a `ValidationError`. */
  findings?: Finding[];
  /** The argument an `InvalidArgumentError` is about, when a JavaScript value had the wrong type. */
  argument?: string;
  /** The value an `InvalidArgumentError` refused. */
  value?: string;
}

// --- Satu Data metadata (MS-Keg, MS-Var, MS-Ind), agents, sources, dialects -----------------

/** A person or unit named as author or maintainer. */
export interface Agent {
  /** E-mail address. */
  email?: string | null;
  /** Name. */
  name: string;
}

/** MS-Keg 4.4 Cakupan Wilayah Pengumpulan Data. */
export type CakupanWilayah = "SELURUH_WILAYAH_INDONESIA" | "SEBAGIAN_WILAYAH_INDONESIA";

/** Cara Pengumpulan Data (MS-Keg, halaman awal). */
export type CaraPengumpulanData = "PENCACAHAN_LENGKAP" | "SURVEI" | "KOMPILASI_PRODUK_ADMINISTRASI" | "CARA_LAIN_SESUAI_PERKEMBANGAN_TEKNOLOGI_DAN_INFORMASI";

/** Standar Data: what the data means and how it is measured. */
export interface DataStandard {
  /** Definisi: what the data covers and excludes. */
  definisi?: string | null;
  /** Klasifikasi: the categories the data is broken down by. */
  klasifikasi?: string[];
  /** Konsep: the idea behind the data and why it is produced. */
  konsep?: string | null;
  /** Satuan: the unit (Orang, Jiwa, Unit, Persen, Rupiah…). */
  satuan?: string | null;
  /** Ukuran: the kind of measure (Jumlah, Rata-rata, Persentase, Rasio, Indeks…). */
  ukuran?: string | null;
}


/** MS-Keg Blok V Desain Sampel (survei only). */
export interface DesainSampel {
  /** 5.5 Fraksi sampel keseluruhan, as written (`0,05`, `5%`). */
  fraksiSampel?: string;
  /** 5.1 Jenis rancangan sampel. */
  jenisRancanganSampel?: JenisRancanganSampel | null;
  /** 5.4 Kerangka sampel tahap terakhir. */
  kerangkaSampel?: string;
  /** 5.2 Metode pemilihan sampel tahap terakhir. */
  metodePemilihanSampel?: MetodePemilihanSampel | null;
  /** 5.3 Metode yang digunakan. */
  metodeSampel?: MetodeSampling | null;
  /** 5.6 Nilai perkiraan sampling error variabel utama, as written. */
  perkiraanSamplingError?: string;
  /** 5.8 Unit observasi. */
  unitObservasi?: string;
  /** 5.7 Unit sampel. */
  unitSampel?: string;
}

/** MS-Ind 9 one breakdown (klasifikasi penyajian) of an indicator. */
export interface Disagregasi {
  /** What it is broken down by (`Wilayah`, `Jenis Kelamin`). */
  nama: string;
  /** Where the breakdown comes from. */
  sumber?: string;
}

/** MS-Keg 4.2 Frekuensi Penyelenggaraan; the same list as the dataset's [`Frequency`]. ``` use datago_core::{Frequency, standards::satu_data::FrekuensiPenyelenggaraan}; assert_eq!(FrekuensiPenyelenggaraan::Tahunan.frequency(), Frequency::Tahunan); assert_eq!(FrekuensiPenyelenggaraan::from(Frequency::Bulanan), FrekuensiPenyelenggaraan::Bulanan); ``` */
export type FrekuensiPenyelenggaraan = "HARIAN" | "MINGGUAN" | "BULANAN" | "TRIWULANAN" | "SEMESTERAN" | "TAHUNAN" | "LAINNYA";

/** MS-Ind 11 an indicator a composite indicator is built from. */
export interface IndikatorPembangun {
  /** Nama indikator. */
  nama: string;
  /** Publications where it is available. */
  sumberPublikasi?: string[];
}

/** MS-Keg 3.3 Jadwal Kegiatan. */
export interface JadwalKegiatan {
  /** Analisis. */
  analisis?: Rentang | null;
  /** Desain. */
  desain?: Rentang | null;
  /** Diseminasi hasil. */
  diseminasiHasil?: Rentang | null;
  /** Evaluasi. */
  evaluasi?: Rentang | null;
  /** Pengolahan data. */
  pengolahanData?: Rentang | null;
  /** Pengumpulan data. */
  pengumpulanData?: Rentang | null;
  /** Perencanaan kegiatan. */
  perencanaanKegiatan?: Rentang | null;
}

/** MS-Keg 5.1 Jenis Rancangan Sampel. */
export type JenisRancanganSampel = "SINGLE_STAGE_PHASE" | "MULTI_STAGE_PHASE";

/** Jenis Kegiatan Statistik (UU 16/1997 on statistics). */
export type JenisStatistik = "STATISTIK_DASAR" | "STATISTIK_SEKTORAL" | "STATISTIK_KHUSUS";

/** MS-Keg 6.6 Jumlah petugas. */
export interface JumlahPetugas {
  /** Pencacah/enumerator. */
  enumerator?: number | null;
  /** Supervisor/penyelia. */
  supervisor?: number | null;
}

/** Address and channels of an organizer (MS-Keg 1.2) . */
export interface Kontak {
  /** Alamat. */
  alamat?: string;
  /** Email. */
  email?: string;
  /** Faksimile. */
  faksimile?: string;
  /** Telepon. */
  telepon?: string;
}

/** A geographic level: MS-Keg 7.4 Tingkat Penyajian Hasil Analisis and MS-Ind Level Estimasi. The BPS form lists nasional, provinsi, kabupaten/kota and lainnya; kecamatan and desa/kelurahan are added because a kota's data is often broken down that far. */
export type LevelWilayah = "NASIONAL" | "PROVINSI" | "KABUPATEN_KOTA" | "KECAMATAN" | "DESA_KELURAHAN" | "LAINNYA";

/** MS-Keg 7.2 Metode Analisis. */
export type MetodeAnalisis = "DESKRIPTIF" | "INFERENSIA";

/** MS-Keg 6.2 Metode Pemeriksaan Kualitas Pengumpulan Data. */
export type MetodePemeriksaanKualitas = "KUNJUNGAN_KEMBALI" | "SUPERVISI" | "TASK_FORCE" | "LAINNYA";

/** MS-Keg 5.2 Metode Pemilihan Sampel Tahap Terakhir. */
export type MetodePemilihanSampel = "SAMPEL_PROBABILITAS" | "SAMPEL_NONPROBABILITAS";

/** MS-Keg 4.6 Metode Pengumpulan Data. */
export type MetodePengumpulanData = "WAWANCARA" | "MENGISI_KUESIONER_SENDIRI" | "PENGAMATAN" | "PENGUMPULAN_DATA_SEKUNDER" | "LAINNYA";

/** MS-Keg 5.3 Metode yang Digunakan (sampling method). */
export type MetodeSampling = "SIMPLE_RANDOM_SAMPLING" | "SYSTEMATIC_RANDOM_SAMPLING" | "STRATIFIED_RANDOM_SAMPLING" | "CLUSTER_SAMPLING" | "MULTI_STAGE_SAMPLING";

/** MS-Ind (Metadata Indikator, Peraturan BPS 5/2020): one indicator. Rust field names are the INDAH v2 keys. See [`ms_ind_json`]. */
export interface MsInd {
  /** 14 Apakah indikator dapat diakses umum? */
  apakahIndikatorBisaDiaksesUmum?: boolean | null;
  /** 10 Apakah indikator komposit? */
  apakahIndikatorKomposit?: boolean | null;
  /** 3 Definisi. */
  definisi?: string;
  /** Link to the Standar Data Statistik. */
  idSds?: string;
  /** 11 Indikator pembangun (composite indicators). */
  indikatorPembangun?: IndikatorPembangun[];
  /** 4 Interpretasi. */
  interpretasi?: string;
  /** 2 Konsep (one or more). */
  konsep?: string[];
  /** 13 Level estimasi. */
  levelEstimasi?: LevelWilayah | null;
  /** 5 Metode perhitungan. */
  metodePerhitungan?: string;
  /** 1 Nama indikator. */
  nama?: string;
  /** 6 Rumus (LaTeX allowed). */
  rumus?: string;
  /** 8 Satuan. */
  satuan?: string;
  /** 7 Ukuran. */
  ukuran?: string;
  /** 9 Klasifikasi penyajian (INDAH spells the key `variabel_disaggregasi`). */
  variabelDisaggregasi?: Disagregasi[];
  /** 12 Variabel pembangun (non-composite indicators). */
  variabelPembangun?: VariabelPembangun[];
}

/** MS-Keg (Metadata Kegiatan Statistik, Peraturan BPS 5/2020): the statistical activity that produced the data, blocks I–VIII. Rust field names are the INDAH v2 keys. ``` use datago_core::standards::satu_data::*; let keg = MsKeg {     judul_kegiatan: "Registrasi Penduduk Kota Magelang".into(),     tahun: Some(2024),     cara_pengumpulan_data: Some(CaraPengumpulanData::KompilasiProdukAdministrasi),     sektor_kegiatan: Some(SektorKegiatan::DemografiDanKependudukan),     jenis_statistik: Some(JenisStatistik::StatistikSektoral),     instansi_penyelenggara: "Dinas Kependudukan dan Pencatatan Sipil Kota Magelang".into(),     ..Default::default() }; let v = ms_keg_json(&keg); assert_eq!(v["cara_pengumpulan_data"], "KOMPILASI_PRODUK_ADMINISTRASI"); assert_eq!(v["sektor_kegiatan"], "DEMOGRAFI_DAN_KEPENDUDUKAN"); assert_eq!(ms_keg_from_json(&v).unwrap(), keg); ``` */
export interface MsKeg {
  /** 1.2 Alamat lengkap instansi penyelenggara. */
  alamatPenyelenggara?: Kontak | null;
  /** For a sectoral survey: whether BPS gave a recommendation (rekomendasi kegiatan). */
  apakahMendapatRekomendasi?: boolean | null;
  /** 4.4 Cakupan wilayah pengumpulan data. */
  cakupanWilayahPengumpulanData?: CakupanWilayah | null;
  /** Cara pengumpulan data. */
  caraPengumpulanData?: CaraPengumpulanData | null;
  /** Blok V, for surveys. */
  desainSampel?: DesainSampel | null;
  /** 4.2 Frekuensi penyelenggaraan (when repeated). */
  frekuensiPenyelenggaraan?: FrekuensiPenyelenggaraan | null;
  /** Identitas rekomendasi (the recommendation's number). */
  identitasRekomendasi?: string;
  /** 1.1 Instansi penyelenggara. */
  instansiPenyelenggara?: string;
  /** 3.3 Jadwal kegiatan. */
  jadwalKegiatan?: JadwalKegiatan | null;
  /** Jenis kegiatan statistik. */
  jenisStatistik?: JenisStatistik | null;
  /** Judul kegiatan. */
  judulKegiatan?: string;
  /** 6.6 Jumlah petugas. */
  jumlahPetugas?: JumlahPetugas | null;
  /** 4.1 Kegiatan ini dilakukan (sekali/berulang). */
  kegiatanDilakukan?: Pengulangan | null;
  /** Kode kegiatan, assigned by BPS when the activity is reported (diisi oleh petugas). */
  kodeKegiatan?: string;
  /** 3.1 Latar belakang kegiatan. */
  latarBelakangKegiatan?: string;
  /** 7.2 Metode analisis. */
  metodeAnalisis?: MetodeAnalisis[];
  /** 6.2 Metode pemeriksaan kualitas pengumpulan data. */
  metodePemeriksaanKualitas?: MetodePemeriksaanKualitas[];
  /** 4.6 Metode pengumpulan data (one or more). */
  metodePengumpulanData?: MetodePengumpulanData[];
  /** 6.7 Apakah melakukan pelatihan petugas? */
  pelatihanPetugas?: boolean | null;
  /** 2.2 Penanggung jawab teknis. */
  penanggungJawabTeknis?: PenanggungJawabTeknis | null;
  /** 6.5 Persyaratan pendidikan terendah petugas. */
  pendidikanTerendahPetugas?: PendidikanPetugas | null;
  /** 6.3 Apakah melakukan penyesuaian nonrespon? */
  penyesuaianNonrespon?: boolean | null;
  /** 6.4 Petugas pengumpulan data. */
  petugasPengumpulanData?: PetugasPengumpulanData | null;
  /** 8.1 Produk yang tersedia untuk umum. */
  produkTersedia?: ProdukDiseminasi[];
  /** 8.2 Rencana rilis produk. */
  rencanaRilis?: RencanaRilis[];
  /** 4.7 Sarana pengumpulan data (one or more). */
  saranaPengumpulanData?: SaranaPengumpulanData[];
  /** Sektor kegiatan. */
  sektorKegiatan?: SektorKegiatan | null;
  /** 7.1 Tahapan pengolahan data. */
  tahapanPengolahan?: TahapanPengolahan[];
  /** Tahun kegiatan. */
  tahun?: number | null;
  /** 7.4 Tingkat penyajian hasil analisis. */
  tingkatPenyajianHasil?: LevelWilayah[];
  /** 4.3 Tipe pengumpulan data. */
  tipePengumpulanData?: TipePengumpulanData | null;
  /** 3.2 Tujuan kegiatan. */
  tujuanKegiatan?: string;
  /** 6.1 Apakah melakukan uji coba (pilot)? */
  ujiCoba?: boolean | null;
  /** 7.3 Unit analisis. */
  unitAnalisis?: UnitStatistik[];
  /** 2.1 Unit eselon penanggung jawab. */
  unitEselonPenanggungJawab?: UnitEselon | null;
  /** 4.8 Unit pengumpulan data (one or more). */
  unitPengumpulanData?: UnitStatistik[];
  /** 3.4 Variabel yang dikumpulkan. */
  variabelDikumpulkan?: VariabelDikumpulkan[];
  /** 4.5 The regions covered, when the coverage is partial. */
  wilayahPengumpulanData?: WilayahPengumpulan[];
}

/** MS-Var (Metadata Variabel, Peraturan BPS 5/2020): one variable. Rust field names are the INDAH v2 keys. ``` use datago_core::standards::satu_data::{ms_var_json, ms_var_from_json, MsVar, ValueDomain}; let v = MsVar {     nama: "Jenis Kelamin".into(),     konsep: vec!["Jenis Kelamin".into()],     definisi: "Perbedaan antara perempuan dengan laki-laki secara biologis.".into(),     value_domain: vec![ValueDomain { kode: "1".into(), nilai: "Laki-laki".into() },                        ValueDomain { kode: "2".into(), nilai: "Perempuan".into() }],     apakah_variabel_bisa_diakses_umum: Some(true),     ..Default::default() }; let indah = ms_var_json(&v); assert_eq!(indah["value_domain"][1]["nilai"], "Perempuan"); assert_eq!(indah["apakah_variabel_bisa_diakses_umum"], true); assert_eq!(ms_var_from_json(&indah).unwrap(), v); ``` */
export interface MsVar {
  /** 2 Alias (the INDAH client writes "-" when there is none). */
  alias?: string;
  /** 13 Apakah variabel dapat diakses umum? */
  apakahVariabelBisaDiaksesUmum?: boolean | null;
  /** 11 Aturan validasi (e.g. "HARUS TERISI"). */
  aturanValidasi?: string[];
  /** 4 Definisi. */
  definisi?: string;
  /** Link to the Standar Data Statistik (SDSN code such as `SP00055.00.00`, or INDAH's id). */
  idSds?: string;
  /** 12 Kalimat pertanyaan. */
  kalimatPertanyaan?: string;
  /** 3 Konsep (one or more). */
  konsep?: string[];
  /** 1 Nama variabel. */
  nama?: string;
  /** 5 Referensi pemilihan. */
  referensiPemilihan?: string[];
  /** 6 Referensi waktu. */
  referensiWaktu?: string;
  /** 8 Satuan. */
  satuan?: string;
  /** 9 Tipe data (`CHARACTER`, the INDAH default; `NUMERIC`…), as written. */
  tipeData?: string;
  /** 7 Ukuran. */
  ukuran?: string;
  /** 10 Klasifikasi isian (value domain). */
  valueDomain?: ValueDomain[];
}


/** MS-Keg 2.2 Penanggung Jawab Teknis. */
export interface PenanggungJawabTeknis {
  /** Alamat. */
  alamat?: string;
  /** Email. */
  email?: string;
  /** Faksimile. */
  faksimile?: string;
  /** Jabatan. */
  jabatan?: string;
  /** Nama. */
  nama?: string;
  /** Telepon. */
  telepon?: string;
}

/** MS-Keg 6.5 Persyaratan pendidikan terendah petugas. */
export type PendidikanPetugas = "SMP_KE_BAWAH" | "SMA_SMK" | "DIPLOMA_I_II_III" | "DIPLOMA_IV_S1_S2_S3";

/** MS-Keg 4.1: whether the activity is done once or repeatedly. */
export type Pengulangan = "SEKALI" | "BERULANG" | "BARU";

/** MS-Keg 6.4 Petugas Pengumpulan Data. */
export type PetugasPengumpulanData = "STAF_INSTANSI" | "MITRA_TENAGA_KONTRAK" | "KEDUANYA";

/** MS-Keg 8.1 Produk kegiatan yang tersedia untuk umum. */
export type ProdukDiseminasi = "TERCETAK" | "DIGITAL" | "DATA_MIKRO";

/** Timestamps of the metadata record (not of the data). */
export interface RecordDates {
  /** When the record was created. */
  created?: string | null;
  /** When the record last changed. */
  modified?: string | null;
}

/** MS-Keg 8.2 the planned release of one product. */
export interface RencanaRilis {
  /** The product. */
  produk: ProdukDiseminasi;
  /** Planned release date. */
  tanggal: string;
}

/** A date range of the schedule (awal–akhir, inclusive). */
export interface Rentang {
  /** Last day. */
  akhir: string;
  /** First day. */
  awal: string;
}


/** MS-Keg 4.7 Sarana Pengumpulan Data. */
export type SaranaPengumpulanData = "PAPI" | "CAPI" | "CATI" | "CAWI" | "MAIL" | "LAINNYA";

/** Satu Data metadata attached to a dataset. ``` use datago_core::Dataset; let ds = Dataset::from_json(r#"{"id": "d", "slug": "dd", "satuData": {   "standard": {"konsep": "Penduduk", "definisi": "Orang yang berdomisili…", "klasifikasi": ["Jenis Kelamin"],                "ukuran": "Jumlah", "satuan": "Jiwa"},   "kegiatan": {"judulKegiatan": "Registrasi Penduduk", "caraPengumpulanData": "KOMPILASI_PRODUK_ADMINISTRASI"},   "variabel": [{"nama": "Jumlah Penduduk", "konsep": ["Penduduk"]}] }}"#).unwrap(); let sd = ds.satu_data.unwrap(); assert_eq!(sd.standard.unwrap().satuan, Some("Jiwa".to_string())); assert_eq!(sd.variabel[0].konsep, ["Penduduk"]); ``` */
export interface SatuData {
  /** MS-Ind: metadata of the indicators the data measures. */
  indikator?: MsInd[];
  /** MS-Keg: the statistical activity (kegiatan statistik) that produced the data. */
  kegiatan?: MsKeg | null;
  /** Standar Data (Perpres 39/2019 Pasal 4): konsep, definisi, klasifikasi, ukuran, satuan. */
  standard?: DataStandard | null;
  /** MS-Var: metadata of the variables in the data. */
  variabel?: MsVar[];
}

/** Sektor Kegiatan (MS-Keg, halaman awal): BPS's 22 sectors, numbered 1–22. ``` use datago_core::standards::satu_data::SektorKegiatan; assert_eq!(SektorKegiatan::ALL.len(), 22); assert_eq!(SektorKegiatan::from_code(9), Some(SektorKegiatan::Kesehatan)); assert_eq!(SektorKegiatan::Kesehatan.code(), 9); assert_eq!(SektorKegiatan::DemografiDanKependudukan.label(), "Demografi dan Kependudukan"); ``` */
export type SektorKegiatan = "PERTANIAN_DAN_PERIKANAN" | "DEMOGRAFI_DAN_KEPENDUDUKAN" | "PEMBANGUNAN" | "PROYEKSI_EKONOMI" | "PENDIDIKAN_DAN_PELATIHAN" | "LINGKUNGAN" | "KEUANGAN" | "GLOBALISASI" | "KESEHATAN" | "INDUSTRI_DAN_JASA" | "TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI" | "PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN" | "KETENAGAKERJAAN" | "NERACA_NASIONAL" | "INDIKATOR_EKONOMI_BULANAN" | "PRODUKTIVITAS" | "HARGA_DAN_PARITAS_DAYA_BELI" | "SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR" | "PERWILAYAHAN_DAN_PERKOTAAN" | "ILMU_PENGETAHUAN_DAN_HAK_PATEN" | "PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN" | "TRANSPORTASI";

/** A source the data was derived from. */
export interface SourceRef {
  /** What it is. */
  title: string;
  /** Where it is. */
  url?: string | null;
}

/** Frictionless Table Dialect: how a CSV file is written. */
export interface TableDialect {
  /** Character that starts a comment line. */
  commentChar?: string | null;
  /** Field separator (default `,`). */
  delimiter?: string | null;
  /** Whether a quote inside a quoted field is written twice (default true). */
  doubleQuote?: boolean | null;
  /** Escape character, when quotes are escaped instead of doubled. */
  escapeChar?: string | null;
  /** Whether the file has a header row (default true; v1). */
  header?: boolean | null;
  /** 1-based row numbers of the header rows (v2; default `[1]`). */
  headerRows?: number[] | null;
  /** Line terminator. */
  lineTerminator?: string | null;
  /** Quote character (default `"`). */
  quoteChar?: string | null;
  /** Whether spaces after a delimiter are ignored. */
  skipInitialSpace?: boolean | null;
}

/** MS-Keg 7.1 Tahapan Pengolahan Data. */
export type TahapanPengolahan = "EDITING" | "CODING" | "DATA_ENTRY" | "VALIDASI";

/** MS-Keg 4.3 Tipe Pengumpulan Data. */
export type TipePengumpulanData = "LONGITUDINAL_PANEL" | "CROSS_SECTIONAL";

/** MS-Keg 2.1 Unit Eselon Penanggung Jawab. */
export interface UnitEselon {
  /** Eselon 2 (e.g. the dinas or bidang). */
  eselonDua?: string;
  /** Eselon 1 (e.g. the Sekretariat Daerah, or the kepala dinas for a kota). */
  eselonSatu?: string;
}

/** Statistical unit of MS-Keg 4.8 (Unit Pengumpulan Data) and 7.3 (Unit Analisis). */
export type UnitStatistik = "INDIVIDU" | "RUMAH_TANGGA" | "USAHA_PERUSAHAAN" | "LAINNYA";

/** One entry of a value domain (klasifikasi isian): code and label. */
export interface ValueDomain {
  /** Kode (`1`). */
  kode: string;
  /** Nilai (`Laki-laki`). */
  nilai: string;
}

/** MS-Keg 3.4 one variable collected by the activity. */
export interface VariabelDikumpulkan {
  /** Definisi. */
  definisi?: string;
  /** Konsep. */
  konsep?: string;
  /** Nama variabel. */
  nama?: string;
  /** Referensi waktu (e.g. "kondisi 31 Desember"). */
  referensiWaktu?: string;
}

/** MS-Ind 12 a variable a (non-composite) indicator is computed from. */
export interface VariabelPembangun {
  /** Activities producing it (judul or kode kegiatan). */
  kegiatanPenghasil?: string[];
  /** Nama variabel. */
  nama: string;
}

/** MS-Keg 4.5 a region covered when the coverage is partial (BPS codes, e.g. `33`, `3371`). */
export interface WilayahPengumpulan {
  /** Kode kabupaten/kota (`3371`). */
  kodeKabupatenKota?: string;
  /** Kode provinsi (`33`). */
  kodeProvinsi?: string;
  /** Nama kabupaten/kota. */
  namaKabupatenKota?: string;
  /** Nama provinsi. */
  namaProvinsi?: string;
}

