//! Satu Data: MS-Keg, MS-Var and MS-Ind round trips (model JSON and INDAH v2 JSON), the four
//! principles of Perpres 39/2019, and the profiles on the embedded sample.

use chrono::NaiveDate;
use datago_core::document::from_json_reporting;
use datago_core::standards::profile::{validate_catalog_profile, validate_profile, Profile};
use datago_core::standards::satu_data::*;
use datago_core::{Dataset, Severity};
use serde_json::{json, Value};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An MS-Keg with every field filled in.
fn full_keg() -> MsKeg {
    let r = |a: &str, b: &str| {
        Some(Rentang {
            awal: date(a),
            akhir: date(b),
        })
    };
    MsKeg {
        judul_kegiatan: "Survei Harga Pangan Pokok".into(),
        tahun: Some(2025),
        kode_kegiatan: "2025-3371-0042".into(),
        cara_pengumpulan_data: Some(CaraPengumpulanData::Survei),
        sektor_kegiatan: Some(SektorKegiatan::HargaDanParitasDayaBeli),
        jenis_statistik: Some(JenisStatistik::StatistikSektoral),
        apakah_mendapat_rekomendasi: Some(true),
        identitas_rekomendasi: "R-0007".into(),
        instansi_penyelenggara: "Dinas Pertanian dan Pangan Kota Magelang".into(),
        alamat_penyelenggara: Some(Kontak {
            alamat: "Jl. Contoh 1".into(),
            telepon: "(0293) 362271".into(),
            email: "disperpa@magelangkota.go.id".into(),
            faksimile: "(0293) 362272".into(),
        }),
        unit_eselon_penanggung_jawab: Some(UnitEselon {
            eselon_satu: "Sekretariat Daerah".into(),
            eselon_dua: "Dinas Pertanian dan Pangan".into(),
        }),
        penanggung_jawab_teknis: Some(PenanggungJawabTeknis {
            nama: "Sri Wahyuni".into(),
            jabatan: "Kepala Bidang Ketahanan Pangan".into(),
            alamat: "Jl. Contoh 1".into(),
            telepon: "(0293) 362271".into(),
            email: "pangan@magelangkota.go.id".into(),
            faksimile: "-".into(),
        }),
        latar_belakang_kegiatan: "Harga pangan memengaruhi inflasi daerah.".into(),
        tujuan_kegiatan: "Memantau harga eceran pangan pokok.".into(),
        jadwal_kegiatan: Some(JadwalKegiatan {
            perencanaan_kegiatan: r("2025-01-02", "2025-01-10"),
            desain: r("2025-01-11", "2025-01-20"),
            pengumpulan_data: r("2025-02-01", "2025-12-31"),
            pengolahan_data: r("2025-02-01", "2026-01-05"),
            analisis: r("2025-02-05", "2026-01-10"),
            diseminasi_hasil: r("2025-02-10", "2026-01-15"),
            evaluasi: r("2026-01-16", "2026-01-31"),
        }),
        variabel_dikumpulkan: vec![VariabelDikumpulkan {
            nama: "Harga Eceran Beras Medium".into(),
            konsep: "Harga Eceran Pangan".into(),
            definisi: "Harga transaksi eceran per kilogram.".into(),
            referensi_waktu: "Minggu kedua setiap bulan".into(),
        }],
        kegiatan_dilakukan: Some(Pengulangan::Berulang),
        frekuensi_penyelenggaraan: Some(FrekuensiPenyelenggaraan::Bulanan),
        tipe_pengumpulan_data: Some(TipePengumpulanData::LongitudinalPanel),
        cakupan_wilayah_pengumpulan_data: Some(CakupanWilayah::SebagianWilayahIndonesia),
        wilayah_pengumpulan_data: vec![WilayahPengumpulan {
            kode_provinsi: "33".into(),
            nama_provinsi: "Jawa Tengah".into(),
            kode_kabupaten_kota: "3371".into(),
            nama_kabupaten_kota: "Kota Magelang".into(),
        }],
        metode_pengumpulan_data: vec![
            MetodePengumpulanData::Wawancara,
            MetodePengumpulanData::Pengamatan,
        ],
        sarana_pengumpulan_data: vec![SaranaPengumpulanData::Capi],
        unit_pengumpulan_data: vec![UnitStatistik::UsahaPerusahaan],
        desain_sampel: Some(DesainSampel {
            jenis_rancangan_sampel: Some(JenisRancanganSampel::SingleStagePhase),
            metode_pemilihan_sampel: Some(MetodePemilihanSampel::SampelProbabilitas),
            metode_sampel: Some(MetodeSampling::SystematicRandomSampling),
            kerangka_sampel: "Daftar pedagang".into(),
            fraksi_sampel: "0,2".into(),
            perkiraan_sampling_error: "5%".into(),
            unit_sampel: "Pedagang".into(),
            unit_observasi: "Komoditas".into(),
        }),
        uji_coba: Some(false),
        metode_pemeriksaan_kualitas: vec![
            MetodePemeriksaanKualitas::Supervisi,
            MetodePemeriksaanKualitas::KunjunganKembali,
        ],
        penyesuaian_nonrespon: Some(false),
        petugas_pengumpulan_data: Some(PetugasPengumpulanData::Keduanya),
        pendidikan_terendah_petugas: Some(PendidikanPetugas::DiplomaSatuSampaiTiga),
        jumlah_petugas: Some(JumlahPetugas {
            supervisor: Some(1),
            enumerator: Some(4),
        }),
        pelatihan_petugas: Some(true),
        tahapan_pengolahan: vec![TahapanPengolahan::Editing, TahapanPengolahan::Validasi],
        metode_analisis: vec![MetodeAnalisis::Deskriptif],
        unit_analisis: vec![UnitStatistik::Lainnya],
        tingkat_penyajian_hasil: vec![LevelWilayah::KabupatenKota],
        produk_tersedia: vec![ProdukDiseminasi::Digital, ProdukDiseminasi::Tercetak],
        rencana_rilis: vec![RencanaRilis {
            produk: ProdukDiseminasi::Digital,
            tanggal: date("2026-02-01"),
        }],
    }
}

fn full_var() -> MsVar {
    MsVar {
        nama: "Jenis Kelamin".into(),
        alias: "JK".into(),
        konsep: vec!["Jenis Kelamin".into()],
        definisi: "Perbedaan antara perempuan dengan laki-laki secara biologis.".into(),
        referensi_pemilihan: vec!["SDS BPS".into()],
        referensi_waktu: "Saat pencacahan".into(),
        ukuran: "-".into(),
        satuan: "-".into(),
        tipe_data: "CHARACTER".into(),
        value_domain: vec![
            ValueDomain {
                kode: "1".into(),
                nilai: "Laki-laki".into(),
            },
            ValueDomain {
                kode: "2".into(),
                nilai: "Perempuan".into(),
            },
        ],
        aturan_validasi: vec!["HARUS TERISI".into()],
        kalimat_pertanyaan: "Apa jenis kelamin (NAMA)?".into(),
        apakah_variabel_bisa_diakses_umum: Some(true),
        id_sds: "SP00055.00.00".into(),
    }
}

fn full_ind() -> MsInd {
    MsInd {
        nama: "Indeks Ketahanan Pangan".into(),
        konsep: vec!["Ketahanan Pangan".into()],
        definisi: "Ukuran komposit ketahanan pangan wilayah.".into(),
        interpretasi: "Makin tinggi makin tahan.".into(),
        metode_perhitungan: "Rata-rata tertimbang indikator pembangun.".into(),
        rumus: r"IKP = \sum_i w_i x_i".into(),
        ukuran: "Indeks".into(),
        satuan: "Poin".into(),
        variabel_disaggregasi: vec![Disagregasi {
            nama: "Wilayah".into(),
            sumber: "BPS".into(),
        }],
        apakah_indikator_komposit: Some(true),
        indikator_pembangun: vec![IndikatorPembangun {
            nama: "Rasio Konsumsi Normatif".into(),
            sumber_publikasi: vec!["Statistik Pangan 2024".into()],
        }],
        variabel_pembangun: vec![VariabelPembangun {
            nama: "Produksi Padi".into(),
            kegiatan_penghasil: vec!["Survei Ubinan".into()],
        }],
        level_estimasi: Some(LevelWilayah::KabupatenKota),
        apakah_indikator_bisa_diakses_umum: Some(false),
        id_sds: "SD00001.00.00".into(),
    }
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn ms_keg_round_trips_through_indah_json() {
    let keg = full_keg();
    let v = ms_keg_json(&keg);
    for key in [
        "judul_kegiatan",
        "tahun",
        "kode_kegiatan",
        "cara_pengumpulan_data",
        "sektor_kegiatan",
        "jenis_statistik",
        "identitas_rekomendasi",
        "frekuensi_penyelenggaraan",
        "tipe_pengumpulan_data",
        "cakupan_wilayah_pengumpulan_data",
        "metode_pengumpulan_data",
        "sarana_pengumpulan_data",
        "unit_pengumpulan_data",
    ] {
        assert!(v.get(key).is_some(), "{key} missing from {v}");
    }
    assert_eq!(v["cara_pengumpulan_data"], "SURVEI");
    assert_eq!(v["sektor_kegiatan"], "HARGA_DAN_PARITAS_DAYA_BELI");
    assert_eq!(v["jenis_statistik"], "STATISTIK_SEKTORAL");
    assert_eq!(v["sarana_pengumpulan_data"], json!(["CAPI"]));
    assert_eq!(v["pendidikan_terendah_petugas"], "DIPLOMA_I_II_III");
    assert_eq!(
        v["wilayah_pengumpulan_data"][0]["kode_kabupaten_kota"],
        "3371"
    );
    assert_eq!(
        v["jadwal_kegiatan"]["pengumpulan_data"]["awal"],
        "2025-02-01"
    );
    assert_eq!(
        v["desain_sampel"]["metode_sampel"],
        "SYSTEMATIC_RANDOM_SAMPLING"
    );
    // No camelCase key anywhere.
    assert!(!v.to_string().contains("judulKegiatan"));
    assert_eq!(ms_keg_from_json(&v).unwrap(), keg);
}

#[test]
fn ms_var_and_ms_ind_round_trip_with_every_indah_key() {
    let var = full_var();
    let v = ms_var_json(&var);
    assert_eq!(
        keys(&v),
        [
            "alias",
            "apakah_variabel_bisa_diakses_umum",
            "aturan_validasi",
            "definisi",
            "id_sds",
            "kalimat_pertanyaan",
            "konsep",
            "nama",
            "referensi_pemilihan",
            "referensi_waktu",
            "satuan",
            "tipe_data",
            "ukuran",
            "value_domain"
        ]
    );
    assert_eq!(ms_var_from_json(&v).unwrap(), var);

    let ind = full_ind();
    let v = ms_ind_json(&ind);
    assert_eq!(
        keys(&v),
        [
            "apakah_indikator_bisa_diakses_umum",
            "apakah_indikator_komposit",
            "definisi",
            "id_sds",
            "indikator_pembangun",
            "interpretasi",
            "konsep",
            "level_estimasi",
            "metode_perhitungan",
            "nama",
            "rumus",
            "satuan",
            "ukuran",
            "variabel_disaggregasi",
            "variabel_pembangun"
        ]
    );
    assert_eq!(
        v["indikator_pembangun"][0]["sumber_publikasi"][0],
        "Statistik Pangan 2024"
    );
    assert_eq!(
        v["variabel_pembangun"][0]["kegiatan_penghasil"][0],
        "Survei Ubinan"
    );
    assert_eq!(ms_ind_from_json(&v).unwrap(), ind);
}

#[test]
fn indah_json_from_other_tools_is_read_leniently_but_typed() {
    // INDAH's own bookkeeping keys are ignored.
    let v = json!({"id": 17, "created_at": "2024-01-01T00:00:00Z", "nama": "Umur",
                   "konsep": ["Umur"], "apakah_variabel_bisa_diakses_umum": false});
    let var = ms_var_from_json(&v).unwrap();
    assert_eq!(var.nama, "Umur");
    assert_eq!(var.apakah_variabel_bisa_diakses_umum, Some(false));
    // A value outside a closed list is a parse error, not a silent drop.
    let err = ms_keg_from_json(&json!({"cara_pengumpulan_data": "SENSUS"})).unwrap_err();
    assert_eq!(err.code(), "parse.data");
    assert!(err.detail().contains("SENSUS"));
    // Not an object at all.
    assert!(ms_ind_from_json(&json!([1, 2])).is_err());
}

#[test]
fn satu_data_round_trips_through_the_dataset_json() {
    let mut ds = Dataset::new("d-1", "harga-pangan");
    ds.satu_data = Some(SatuData {
        standard: Some(DataStandard {
            konsep: Some("Harga Eceran Pangan".into()),
            definisi: Some("Harga transaksi eceran.".into()),
            klasifikasi: vec!["Komoditas".into()],
            ukuran: Some("Rata-rata".into()),
            satuan: Some("Rupiah per kilogram".into()),
        }),
        kegiatan: Some(full_keg()),
        variabel: vec![full_var()],
        indikator: vec![full_ind()],
    });
    let text = ds.to_json(true);
    assert!(text.contains("\"judulKegiatan\""));
    assert!(text.contains("\"apakahVariabelBisaDiaksesUmum\""));
    let (back, unknown) = from_json_reporting::<Dataset>(&text).unwrap();
    assert!(unknown.is_empty(), "{unknown:?}");
    assert_eq!(back, ds);
    let indah = indah_json(back.satu_data.as_ref().unwrap());
    assert_eq!(indah["kegiatan"], ms_keg_json(&full_keg()));
    assert_eq!(indah["indikator"][0], ms_ind_json(&full_ind()));
}

/// A dataset that meets all four principles.
fn principled() -> Dataset {
    let mut ds = Dataset::from_json(
        r#"{"id": "d", "slug": "harga-pangan", "title": "Harga Pangan", "description": "Harga bulanan.",
            "producer": "disperpa", "walidata": "diskominsta", "frequency": "bulanan",
            "temporal": {"start": "2025-01-01", "end": "2025-12-31"},
            "spatial": {"scheme": "kemendagri", "code": "33.71.03.1001"}, "themes": ["2.09"],
            "license": "CC0-1.0", "access": "terbuka",
            "resources": [{"title": "CSV", "format": "CSV", "path": "data/harga.csv"}]}"#,
    )
    .unwrap();
    let mut ind = full_ind();
    ind.level_estimasi = Some(LevelWilayah::DesaKelurahan);
    ds.satu_data = Some(SatuData {
        standard: Some(DataStandard {
            konsep: Some("Harga Eceran Pangan".into()),
            definisi: Some("Harga transaksi eceran.".into()),
            klasifikasi: vec!["Komoditas".into()],
            ukuran: Some("Rata-rata".into()),
            satuan: Some("Rupiah per kilogram".into()),
        }),
        kegiatan: Some(full_keg()),
        variabel: vec![full_var()],
        indikator: vec![ind],
    });
    ds
}

fn failing(ds: &Dataset) -> Vec<Principle> {
    check(ds)
        .principles
        .iter()
        .filter(|p| !p.passed)
        .map(|p| p.principle)
        .collect()
}

#[test]
fn each_principle_fails_on_its_own() {
    let ds = principled();
    let report = check(&ds);
    assert!(report.passed, "{:?}", report.findings());
    assert_eq!(report.principles.len(), 4);

    let mut a = ds.clone();
    a.satu_data
        .as_mut()
        .unwrap()
        .standard
        .as_mut()
        .unwrap()
        .satuan = Some(" ".into());
    assert_eq!(failing(&a), [Principle::StandarData]);
    let f = check(&a).findings();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].path, "/satuData/standard/satuan");

    let mut b = ds.clone();
    b.walidata.clear();
    b.satu_data.as_mut().unwrap().indikator[0]
        .metode_perhitungan
        .clear();
    assert_eq!(failing(&b), [Principle::Metadata]);
    let paths: Vec<String> = check(&b).findings().into_iter().map(|f| f.path).collect();
    assert_eq!(
        paths,
        ["/walidata", "/satuData/indikator/0/metodePerhitungan"]
    );

    let mut c = ds.clone();
    c.resources[0].format = Some("XLSX".into());
    assert_eq!(failing(&c), [Principle::Interoperabilitas]);
    let mut c2 = ds.clone();
    c2.license = Some("CC-BY-NC-4.0".into());
    assert_eq!(failing(&c2), [Principle::Interoperabilitas]);
    // A resource's own open licence is enough.
    c2.resources[0].license = Some("CC-BY-4.0".into());
    assert!(check(&c2).passed);
    // Restricted data is not held to an open licence.
    let mut c3 = ds.clone();
    c3.license = None;
    c3.access = Some(datago_core::AccessLevel::Terbatas);
    assert!(check(&c3).passed);

    let mut d = ds.clone();
    d.themes = vec!["2.99".into()];
    assert_eq!(failing(&d), [Principle::KodeReferensi]);
    let mut d2 = ds.clone();
    d2.spatial.as_mut().unwrap().code = "3371.01".into();
    assert_eq!(failing(&d2), [Principle::KodeReferensi]);
    // Implausible but well-formed codes only warn.
    let mut d3 = ds.clone();
    d3.spatial.as_mut().unwrap().code = "33.71.03.9001".into();
    let r = check(&d3);
    assert!(r.passed);
    assert_eq!(
        r.findings()[0].code,
        "profile.satu-data.reference.region.implausible"
    );
    assert_eq!(r.findings()[0].severity, Severity::Warning);
}

#[test]
fn every_principle_finding_is_a_documented_rule() {
    let mut ds = Dataset::new("d", "dd");
    ds.satu_data = Some(SatuData {
        kegiatan: Some(MsKeg {
            kegiatan_dilakukan: Some(Pengulangan::Berulang),
            cara_pengumpulan_data: Some(CaraPengumpulanData::Survei),
            jenis_statistik: Some(JenisStatistik::StatistikSektoral),
            cakupan_wilayah_pengumpulan_data: Some(CakupanWilayah::SebagianWilayahIndonesia),
            ..Default::default()
        }),
        variabel: vec![MsVar::default()],
        indikator: vec![MsInd {
            apakah_indikator_komposit: Some(true),
            ..Default::default()
        }],
        ..Default::default()
    });
    let findings = validate_profile(&ds, Profile::SatuData);
    assert!(findings.len() > 25, "{}", findings.len());
    for f in &findings {
        let rule = datago_core::rules::lookup(&f.code).unwrap_or_else(|| panic!("{}", f.code));
        assert_eq!(rule.severity, f.severity);
        assert!(f.code.starts_with("profile.satu-data."));
        for m in [&f.message.id, &f.message.en] {
            assert!(!m.is_empty() && !m.contains('{'), "{m}");
        }
    }
}

#[test]
fn profile_names_parse_and_unknown_ones_are_typed_errors() {
    for p in Profile::ALL {
        assert_eq!(Profile::parse(p.as_str()).unwrap(), p);
        assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
    }
    let err = Profile::parse("iso19115").unwrap_err();
    assert_eq!(err.code(), "invalid-argument");
    assert!(err.message(datago_core::Lang::Id).contains("iso19115"));
}

#[test]
fn the_sample_meets_the_principles_where_its_metadata_is_complete() {
    let catalog = datago_core::sample::bundle().load().unwrap().catalog;
    let with_metadata: Vec<&str> = catalog
        .datasets
        .iter()
        .filter(|d| d.satu_data.is_some())
        .map(|d| d.slug.as_str())
        .collect();
    assert_eq!(with_metadata.len(), 4, "{with_metadata:?}");
    let failing_of = |slug: &str| failing(catalog.dataset(slug).unwrap());
    // CSV, open licence, full standard and MS-Keg/MS-Var or MS-Ind: all four principles.
    assert_eq!(failing_of("jumlah-penduduk-kota-magelang"), []);
    assert_eq!(failing_of("angka-partisipasi-murni-sd"), []);
    // Complete metadata, but only an XLSX file: Excel is not an open format.
    assert_eq!(
        failing_of("cakupan-imunisasi-dasar-lengkap"),
        [Principle::Interoperabilitas]
    );
    assert_eq!(
        failing_of("harga-rata-rata-komoditas-pangan-pokok"),
        [Principle::Interoperabilitas]
    );
    // The rest have no Standar Data yet; every dataset has its metadata and reference codes.
    for d in &catalog.datasets {
        let r = check(d);
        let failed = failing(d);
        assert!(r.get(Principle::Metadata).unwrap().passed, "{}", d.slug);
        assert!(
            r.get(Principle::KodeReferensi).unwrap().passed,
            "{}",
            d.slug
        );
        if d.satu_data.is_none() {
            assert!(failed.contains(&Principle::StandarData), "{}", d.slug);
        }
        // CSV/GeoJSON datasets pass interoperability, XLSX/PDF-only ones do not.
        let open = d.resources.iter().any(|r| {
            r.format
                .as_deref()
                .is_some_and(|f| ["CSV", "GEOJSON"].contains(&f))
        });
        assert_eq!(
            !failed.contains(&Principle::Interoperabilitas),
            open,
            "{}",
            d.slug
        );
    }
    // The sample passes the dcat-ap-3 profile without errors and the ckan profile entirely.
    let dcat = validate_catalog_profile(&catalog, Profile::DcatAp3);
    assert!(!dcat.iter().any(|f| f.severity == Severity::Error));
    let ckan = validate_catalog_profile(&catalog, Profile::Ckan);
    assert!(ckan.is_empty(), "{ckan:?}");
}

#[test]
fn odd_input_never_panics() {
    use datago_core::quality::{catalog_quality, dataset_quality_with};
    use datago_core::{RegionCode, RegionScheme, Resource};
    let mut catalog = datago_core::sample::bundle().load().unwrap().catalog;
    let codes = [
        "",
        " ",
        "3",
        "33.",
        ".33",
        "33..71",
        "٣٣٧١",
        "3371٠١٠",
        "33.71.01.10031",
        "0000000000",
        "99.99.99.9999",
        "33.71.01.0000",
        "ab",
        "3371010001xyz",
        "33.71.01.1003\u{0}",
    ];
    for (i, d) in catalog.datasets.iter_mut().enumerate() {
        let code = codes[i % codes.len()];
        let scheme = if i % 2 == 0 {
            RegionScheme::Kemendagri
        } else {
            RegionScheme::Bps
        };
        d.spatial = Some(RegionCode::new(scheme, code));
        d.themes.push(code.to_string());
        d.license = Some(code.to_string());
        d.resources.push(Resource {
            format: Some(code.into()),
            media_type: Some(format!("{code};;/")),
            url: Some(code.into()),
            license: Some(" ".into()),
            ..Default::default()
        });
        let sd = d.satu_data.get_or_insert_with(Default::default);
        sd.kegiatan = Some(MsKeg {
            wilayah_pengumpulan_data: vec![WilayahPengumpulan {
                kode_provinsi: code.into(),
                kode_kabupaten_kota: format!("{code}{code}"),
                ..Default::default()
            }],
            jadwal_kegiatan: Some(JadwalKegiatan {
                analisis: Some(Rentang {
                    awal: NaiveDate::MAX,
                    akhir: NaiveDate::MIN,
                }),
                ..Default::default()
            }),
            kegiatan_dilakukan: Some(Pengulangan::Berulang),
            ..Default::default()
        });
        sd.indikator.push(MsInd {
            level_estimasi: Some(LevelWilayah::Lainnya),
            ..Default::default()
        });
        let _ = check(d);
        for p in Profile::ALL {
            let _ = validate_profile(d, p);
        }
        let _ = dataset_quality_with(d, &|u| Some(u.len() % 2 == 0), None);
        let _ = indah_json(d.satu_data.as_ref().unwrap());
    }
    for p in Profile::ALL {
        let _ = validate_catalog_profile(&catalog, p);
    }
    let q = catalog_quality(&catalog, &Default::default());
    assert!((0.0..=405.0).contains(&q.score));
}
