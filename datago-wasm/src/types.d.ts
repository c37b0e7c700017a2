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
}

/** A document kind: `catalog`, `organization`, `dataset`, `resource`, `contact-point`, `table-schema`, `finding` or `report`. */
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
}

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
  | "InvalidArgumentError";

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
