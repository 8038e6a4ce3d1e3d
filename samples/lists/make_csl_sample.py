import json, csv, io
EL_REQ = "For all items subject to the EAR. (See §744.11 of the EAR)."
EL_POL = "Presumption of denial."
FN4 = " footnote 4"
entries = []
n = [0]
def add(source, name, alts, addrs, programs, req=None, pol=None, frn=None, start=None, remarks=None, typ="Entity"):
    n[0] += 1
    entries.append({
        "id": "s%04d" % n[0], "source": source, "name": name, "alt_names": alts, "type": typ,
        "addresses": [{"address": a[0], "city": a[1], "state": None, "postal_code": a[2] if len(a) > 3 else None, "country": a[-1]} for a in addrs],
        "programs": programs, "license_requirement": req, "license_policy": pol,
        "federal_register_notice": frn, "start_date": start, "remarks": remarks,
        "source_list_url": None, "country": None})

EL = "Entity List (EL) - Bureau of Industry and Security"
def el(name, alts, city, country, frn, start, fn4=False, req=EL_REQ, pol=EL_POL, remarks=None):
    add(EL, name, alts, [("", city, country)], [], req + (FN4 if fn4 else ""), pol, frn, start, remarks)

# Chinese AI chip, supercomputing and cloud entities (aliases as the list writes them)
el("Huawei Technologies Co., Ltd.", ["Huawei", "华为技术有限公司", "Huawei Technologies"], "Shenzhen", "CN", "84 FR 22963", "2019-05-16",
   req="For all items subject to the EAR, see §§ 734.9(e)(1) and 744.11(a)(2)(i) of the EAR. footnote 1")
el("Huawei Cloud Computing Technologies Co., Ltd.", ["Huawei Cloud", "华为云计算技术有限公司"], "Guiyang", "CN", "85 FR 51596", "2020-08-20")
el("Huawei Device Co., Ltd.", ["Huawei Device"], "Dongguan", "CN", "84 FR 43493", "2019-08-19")
el("HiSilicon Technologies Co., Ltd.", ["HiSilicon", "海思半导体有限公司"], "Shenzhen", "CN", "84 FR 22963", "2019-05-16")
el("Semiconductor Manufacturing International Corporation", ["SMIC", "中芯国际集成电路制造有限公司"], "Shanghai", "CN", "85 FR 83416", "2020-12-22",
   req="For all items subject to the EAR. footnote 5")
el("Inspur Group Co., Ltd.", ["Inspur", "浪潮集团有限公司"], "Jinan", "CN", "88 FR 14323", "2023-03-06")
el("Inspur Electronic Information Industry Co., Ltd.", ["Inspur Information"], "Jinan", "CN", "88 FR 14323", "2023-03-06")
el("Sugon Information Industry Co., Ltd.", ["Dawning Information Industry Co., Ltd.", "Sugon", "Dawning", "中科曙光", "曙光信息产业股份有限公司"], "Beijing", "CN", "84 FR 29371", "2019-06-24")
el("Higon Information Technology Co., Ltd.", ["Hygon", "海光信息技术股份有限公司"], "Tianjin", "CN", "84 FR 29371", "2019-06-24")
el("Chengdu Haiguang Integrated Circuit Design Co., Ltd.", ["Chengdu Haiguang IC", "成都海光集成电路设计有限公司"], "Chengdu", "CN", "84 FR 29371", "2019-06-24")
el("Tianjin Phytium Information Technology Co., Ltd.", ["Phytium", "飞腾信息技术有限公司"], "Tianjin", "CN", "86 FR 18437", "2021-04-09")
el("Shanghai High-Performance Integrated Circuit Design Center", ["Shanghai HPIC Design Center"], "Shanghai", "CN", "86 FR 18437", "2021-04-09")
el("Sunway Microelectronics", ["Shenwei Microelectronics", "申威"], "Wuxi", "CN", "86 FR 18437", "2021-04-09")
el("National Supercomputing Center Jinan", [], "Jinan", "CN", "86 FR 18437", "2021-04-09")
el("National Supercomputing Center Shenzhen", [], "Shenzhen", "CN", "86 FR 18437", "2021-04-09")
el("National Supercomputing Center Wuxi", ["NSCC Wuxi"], "Wuxi", "CN", "86 FR 18437", "2021-04-09")
el("National Supercomputing Center Zhengzhou", [], "Zhengzhou", "CN", "86 FR 18437", "2021-04-09")
el("National Supercomputing Center Changsha", [], "Changsha", "CN", "80 FR 8527", "2015-02-18")
el("National Supercomputing Center Guangzhou", [], "Guangzhou", "CN", "80 FR 8527", "2015-02-18")
el("National Supercomputing Center Tianjin", [], "Tianjin", "CN", "80 FR 8527", "2015-02-18")
el("National University of Defense Technology", ["NUDT", "国防科技大学"], "Changsha", "CN", "80 FR 8527", "2015-02-18")
el("Biren Technology", ["Shanghai Biren Intelligent Technology Co., Ltd.", "Shanghai Biren Information Technology Co., Ltd.", "壁仞科技", "上海壁仞智能科技有限公司"], "Shanghai", "CN", "88 FR 71991", "2023-10-17", fn4=True)
el("Moore Threads Technology Co., Ltd.", ["Moore Threads", "摩尔线程智能科技（北京）有限责任公司", "Moore Thread Intelligent Technology"], "Beijing", "CN", "88 FR 71991", "2023-10-17", fn4=True)
el("Beijing Zhipu Huazhang Technology Co., Ltd.", ["Zhipu AI", "Zhipu", "北京智谱华章科技有限公司"], "Beijing", "CN", "90 FR 3062", "2025-01-16")
el("Sophgo Technologies Ltd.", ["Sophgo", "算能科技"], "Beijing", "CN", "90 FR 3062", "2025-01-16")
el("Cambricon Technologies Corporation Limited", ["Cambricon", "中科寒武纪科技股份有限公司"], "Beijing", "CN", "87 FR 77505", "2022-12-19")
el("Beijing Sensetime Technology Development Co., Ltd.", ["SenseTime", "商汤科技", "北京市商汤科技开发有限公司"], "Beijing", "CN", "84 FR 54002", "2019-10-09")
el("Megvii Technology", ["Beijing Kuangshi Technology", "Face++"], "Beijing", "CN", "84 FR 54002", "2019-10-09")
el("Yitu Technology", ["Shanghai Yitu Network Technology"], "Shanghai", "CN", "84 FR 54002", "2019-10-09")
el("iFLYTEK Co., Ltd.", ["iFlytek", "科大讯飞股份有限公司"], "Hefei", "CN", "84 FR 54002", "2019-10-09")
el("Hangzhou Hikvision Digital Technology Co., Ltd.", ["Hikvision", "海康威视"], "Hangzhou", "CN", "84 FR 54002", "2019-10-09")
el("Zhejiang Dahua Technology Co., Ltd.", ["Dahua Technology", "Dahua"], "Hangzhou", "CN", "84 FR 54002", "2019-10-09")
el("Intellifusion Technologies Co., Ltd.", ["Shenzhen Intellifusion", "云天励飞"], "Shenzhen", "CN", "88 FR 71991", "2023-10-17")
el("Yangtze Memory Technologies Co., Ltd.", ["YMTC", "长江存储科技有限责任公司"], "Wuhan", "CN", "87 FR 77505", "2022-12-19")
el("Shanghai Micro Electronics Equipment (Group) Co., Ltd.", ["SMEE", "上海微电子装备"], "Shanghai", "CN", "87 FR 77505", "2022-12-19")
el("Inspur (Hong Kong) Electronics Limited", ["Inspur HK"], "Hong Kong", "HK", "88 FR 14323", "2023-03-06")
el("Nettrix Information Industry (Beijing) Co., Ltd.", ["Nettrix", "宁畅信息产业"], "Beijing", "CN", "90 FR 3062", "2025-01-16")
el("Suma Technology Co., Ltd.", ["Chengdu Suma Technology"], "Chengdu", "CN", "90 FR 3062", "2025-01-16")
el("Beijing Academy of Artificial Intelligence", ["BAAI", "北京智源人工智能研究院"], "Beijing", "CN", "90 FR 12004", "2025-03-25")
el("Inspur Taiwan Co., Ltd.", [], "Taipei", "TW", "90 FR 12004", "2025-03-25")
el("Aivatech Private Limited", [], "Singapore", "SG", "90 FR 12004", "2025-03-25")
el("Corad Technology Limited", ["Corad Tech"], "Hong Kong", "HK", "87 FR 60881", "2022-10-07")
el("Kingtech Electronics Co., Ltd.", [], "Hong Kong", "HK", "89 FR 72278", "2024-09-06")
el("Alpha Trading Investments Limited", [], "Hong Kong", "HK", "89 FR 50249", "2024-06-14")
el("Sinno Electronics Co., Ltd.", ["Sinno"], "Shenzhen", "CN", "88 FR 71991", "2023-10-17")
el("Beijing Computational Science Research Center", [], "Beijing", "CN", "84 FR 29371", "2019-06-24")
el("China Electronics Technology Group Corporation", ["CETC", "中国电子科技集团公司"], "Beijing", "CN", "83 FR 48532", "2018-08-01")
el("China Electronics Corporation", ["CEC"], "Beijing", "CN", "90 FR 12004", "2025-03-25")
el("Shenzhen Pengcheng Laboratory", ["Peng Cheng Laboratory", "鹏城实验室"], "Shenzhen", "CN", "87 FR 77505", "2022-12-19")
el("Hefei Core Storage Electronic Limited", [], "Hefei", "CN", "87 FR 77505", "2022-12-19")
el("Appsotec Limited", [], "Hong Kong", "HK", "89 FR 51644", "2024-06-18")
el("Zhongke Jiayuan Technology", [], "Beijing", "CN", "89 FR 99633", "2024-12-05")
el("Empyrean Technology Co., Ltd.", ["Beijing Empyrean"], "Beijing", "CN", "89 FR 96790", "2024-12-05")
el("Naura Technology Group Co., Ltd.", ["NAURA"], "Beijing", "CN", "89 FR 96790", "2024-12-05")
el("Piotech Inc.", ["Piotech"], "Shenyang", "CN", "89 FR 96790", "2024-12-05")
el("SiCarrier Technologies", ["Shenzhen SiCarrier"], "Shenzhen", "CN", "89 FR 96790", "2024-12-05")
el("Tech Hub Fulfillment LLC", [], "Dubai", "AE", "90 FR 12004", "2025-03-25")
el("Aerotrade Technologies FZE", [], "Sharjah", "AE", "89 FR 51644", "2024-06-18")
el("Smart Tech Distribution Pte. Ltd.", [], "Singapore", "SG", "90 FR 12004", "2025-03-25")
el("Al Marwan Electronics Trading LLC", [], "Dubai", "AE", "89 FR 51644", "2024-06-18")
el("Istanbul Elektronik Dagitim A.S.", [], "Istanbul", "TR", "89 FR 51644", "2024-06-18")
el("Kazan Optical Mechanical Plant", ["KOMZ"], "Kazan", "RU", "87 FR 13141", "2022-03-03")
el("Radioavtomatika", [], "Moscow", "RU", "87 FR 13141", "2022-03-03")
el("Mikron JSC", ["Mikron", "AO Mikron"], "Zelenograd", "RU", "87 FR 13141", "2022-03-03")
el("Baikal Electronics JSC", ["Baikal Electronics"], "Moscow", "RU", "87 FR 13141", "2022-03-03")
el("MCST Lebedev Institute of Precision Mechanics and Computer Engineering", ["MCST"], "Moscow", "RU", "87 FR 13141", "2022-03-03")
el("Iran Electronics Industries", ["IEI", "Sanaye Electronic Iran"], "Shiraz", "IR", "73 FR 54499", "2008-09-22")
el("Mahan Air", [], "Tehran", "IR", "73 FR 54499", "2008-09-22")
el("Arrow Electronics China Ltd. (Shenzhen branch)", [], "Shenzhen", "CN", "89 FR 51644", "2024-10-30")
el("Yuan Da Tong Electronics (HK) Co., Limited", [], "Hong Kong", "HK", "90 FR 12004", "2025-03-25")

SDN = "Specially Designated Nationals (SDN) - Treasury Department"
for name, alts, city, c, prog in [
    ("Islamic Revolutionary Guard Corps", ["IRGC", "Sepah"], "Tehran", "IR", ["IRGC", "SDGT", "IRAN"]),
    ("Khatam al-Anbiya Construction Headquarters", ["Khatam ol Anbiya"], "Tehran", "IR", ["IRGC", "NPWMD"]),
    ("Rosoboronexport", ["Rosoboronexport OAO"], "Moscow", "RU", ["RUSSIA-EO14024", "UKRAINE-EO13662"]),
    ("Joint Stock Company Sukhoi Company", ["Sukhoi"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    ("Korea Mining Development Trading Corporation", ["KOMID"], "Pyongyang", "KP", ["NPWMD", "DPRK"]),
    ("Sberbank of Russia", ["Sberbank"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    ("VTB Bank", ["Bank VTB PJSC"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    ("Shenzhen Blue Hat International Trade Co., Ltd.", [], "Shenzhen", "CN", ["RUSSIA-EO14024"]),
    ("Sinno Electronics Trading Hong Kong", [], "Hong Kong", "HK", ["RUSSIA-EO14024"]),
    ("Alfa-Bank", ["Alfa Bank JSC"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    ("Hezbollah", ["Hizballah", "Party of God"], "Beirut", "LB", ["SDGT", "FTO"]),
    ("Mahan Air", ["Mahan Airlines"], "Tehran", "IR", ["SDGT", "IRGC"]),
    ("Syrian Scientific Studies and Research Center", ["SSRC", "Centre d'Etudes et de Recherches Scientifiques"], "Damascus", "SY", ["NPWMD", "SYRIA"]),
    ("Cuban Military Holding Company", ["GAESA"], "Havana", "CU", ["CUBA"]),
    ("Kalashnikov Concern", ["Kalashnikov"], "Izhevsk", "RU", ["UKRAINE-EO13661"]),
    ("Wagner Group", ["PMC Wagner", "Vagner"], "Saint Petersburg", "RU", ["RUSSIA-EO14024", "TCO"]),
    ("Sinopec Zhuhai Zhenrong Co., Ltd.", ["Zhuhai Zhenrong"], "Zhuhai", "CN", ["IRAN"]),
    ("Tatneft", [], "Almetyevsk", "RU", ["RUSSIA-EO14024"]),
    ("Grand Pacific Electronics Limited", [], "Hong Kong", "HK", ["RUSSIA-EO14024"]),
    ("Avesta Computing LLC", [], "Moscow", "RU", ["RUSSIA-EO14024"]),
]:
    add(SDN, name, alts, [("", city, c)], prog, None, None, None, None, None)

DPL = "Denied Persons List (DPL) - Bureau of Industry and Security"
for name, city, c, frn, start in [
    ("Sergey Ivanovich Petrov", "Moscow", "RU", "88 FR 10071", "2023-02-16"),
    ("Chen Wei Export Services", "Guangzhou", "CN", "87 FR 55013", "2022-09-08"),
    ("Li Hong Trading Company", "Shenzhen", "CN", "86 FR 40003", "2021-07-26"),
    ("Arash Yousefi Jam", "Tehran", "IR", "86 FR 57133", "2021-10-14"),
    ("Global Parts Supply Inc.", "Miami", "US", "85 FR 73001", "2020-11-16"),
    ("Eastern Star Electronics Ltd.", "Hong Kong", "HK", "89 FR 20123", "2024-03-21"),
    ("Jian Zhang", "Beijing", "CN", "88 FR 33512", "2023-05-24"),
    ("Nordic Semicomp AB", "Stockholm", "SE", "87 FR 12001", "2022-03-03"),
]:
    add(DPL, name, [], [("", city, c)], [], None, "Denied export privileges", frn, start, None,
        typ="Individual" if " " in name and name.split()[0][0].isupper() and len(name.split()) <= 3 and not any(w in name for w in ["Inc", "Ltd", "Company", "Services", "AB"]) else "Entity")

MEU = "Military End User (MEU) List - Bureau of Industry and Security"
for name, alts, city, c in [
    ("Aviation Industry Corporation of China, Xian Aircraft Industry Group", ["AVIC Xian Aircraft"], "Xian", "CN"),
    ("China Aerospace Science and Industry Corporation, 3rd Academy", ["CASIC 3rd Academy"], "Beijing", "CN"),
    ("Chengdu Aircraft Industry Group", ["AVIC Chengdu Aircraft"], "Chengdu", "CN"),
    ("Shenyang Aircraft Corporation", ["AVIC Shenyang"], "Shenyang", "CN"),
    ("Almaz-Antey Air and Space Defense Corporation", ["Almaz-Antey"], "Moscow", "RU"),
    ("Tactical Missiles Corporation", ["KTRV"], "Korolev", "RU"),
    ("Myanmar Economic Corporation", ["MEC"], "Yangon", "MM"),
    ("Venezuelan Military Industry Company", ["CAVIM"], "Caracas", "VE"),
]:
    add(MEU, name, alts, [("", city, c)], [], "For all items subject to the EAR listed in supplement no. 2 to part 744", "Presumption of denial", "85 FR 83793", "2020-12-23", None)

UVL = "Unverified List (UVL) - Bureau of Industry and Security"
for name, city, c in [
    ("Aerospace Research Trading Co.", "Hong Kong", "HK"),
    ("Asia Pacific Links Ltd.", "Hong Kong", "HK"),
    ("Dalian Northeast Electronics Co.", "Dalian", "CN"),
    ("Guangzhou Sunrise Components", "Guangzhou", "CN"),
    ("Kuala Lumpur Tech Supply Sdn Bhd", "Kuala Lumpur", "MY"),
    ("Emirates Advanced Computing Trading LLC", "Dubai", "AE"),
    ("Bangkok Datacenter Parts Co., Ltd.", "Bangkok", "TH"),
    ("Sino Compute Solutions Pte. Ltd.", "Singapore", "SG"),
    ("Pacific Vision Trading Ltd.", "Hong Kong", "HK"),
    ("Tashkent Electronics Import", "Tashkent", "UZ"),
]:
    add(UVL, name, [], [("", city, c)], [], None, None, "89 FR 28594", "2024-04-19", None)

for source, name, alts, city, c, prog in [
    ("Nonproliferation Sanctions (ISN) - State Department", "China Precision Machinery Import-Export Corporation", ["CPMIEC"], "Beijing", "CN", ["INKSNA"]),
    ("Nonproliferation Sanctions (ISN) - State Department", "Dalian Sunny Industries", ["LIMMT"], "Dalian", "CN", ["EO13382"]),
    ("Sectoral Sanctions Identifications List (SSI) - Treasury Department", "Gazprom Neft", [], "Saint Petersburg", "RU", ["UKRAINE-EO13662"]),
    ("Sectoral Sanctions Identifications List (SSI) - Treasury Department", "Rosneft", ["Rosneft Oil Company"], "Moscow", "RU", ["UKRAINE-EO13662"]),
    ("Chinese Military-Industrial Complex Companies (CMIC) - Treasury Department", "China Mobile Communications Group Co., Ltd.", ["China Mobile"], "Beijing", "CN", ["CMIC-EO13959"]),
    ("Chinese Military-Industrial Complex Companies (CMIC) - Treasury Department", "Hangzhou Hikvision Digital Technology Co., Ltd.", ["Hikvision"], "Hangzhou", "CN", ["CMIC-EO13959"]),
    ("ITAR Debarred (DTC) - State Department", "Vortex Aero Parts LLC", [], "Houston", "US", []),
]:
    add(source, name, alts, [("", city, c)], prog, None, None, None, None, None)

for source, name, alts, city, c, prog in [
    (SDN, "Promsvyazbank", ["PSB"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    (SDN, "Rostec", ["State Corporation Rostec"], "Moscow", "RU", ["RUSSIA-EO14024"]),
    (SDN, "Mikron Joint Stock Company", [], "Zelenograd", "RU", ["RUSSIA-EO14024"]),
    (SDN, "Radioelectronic Technologies Concern", [], "Moscow", "RU", ["RUSSIA-EO14024"]),
    (SDN, "Shahed Aviation Industries Research Center", ["Shahed"], "Tehran", "IR", ["IRGC", "NPWMD"]),
    (SDN, "Mobin Sepehr Sanat", [], "Tehran", "IR", ["IRGC"]),
    (SDN, "Korea Kwangson Banking Corporation", ["KKBC"], "Pyongyang", "KP", ["DPRK", "NPWMD"]),
    (SDN, "Reconnaissance General Bureau", ["RGB"], "Pyongyang", "KP", ["DPRK"]),
    (SDN, "Lazarus Group", ["Hidden Cobra"], "Pyongyang", "KP", ["DPRK3"]),
    (SDN, "Asia Pacific Tech Hub Ltd", [], "Hong Kong", "HK", ["RUSSIA-EO14024"]),
    (SDN, "Sinotech Dalian Carbon and Graphite Manufacturing Corporation", [], "Dalian", "CN", ["NPWMD"]),
    (SDN, "Tordex Trading Limited", [], "Hong Kong", "HK", ["RUSSIA-EO14024"]),
    (SDN, "Atlas Avia Parts FZE", [], "Sharjah", "AE", ["RUSSIA-EO14024"]),
    (DPL, "Alexander Brazhnikov Jr.", [], "Moscow", "RU", []),
    (DPL, "Ilya Balakaev", [], "Vladivostok", "RU", []),
    (DPL, "Apelsin Logistics", [], "Moscow", "RU", []),
    (DPL, "Rapid Tech Exporters Ltd.", [], "Hong Kong", "HK", []),
    (MEU, "Beijing Aeronautical Manufacturing Technology Research Institute", [], "Beijing", "CN", []),
    (MEU, "China Academy of Launch Vehicle Technology", ["CALT"], "Beijing", "CN", []),
    (MEU, "Ural Optical and Mechanical Plant", ["UOMZ"], "Yekaterinburg", "RU", []),
    (MEU, "Concern Avtomatika", [], "Moscow", "RU", []),
    (UVL, "Shenzhen Jinhexin Technology", [], "Shenzhen", "CN", []),
    (UVL, "Zhongshan Vision Components", [], "Zhongshan", "CN", []),
    (UVL, "Dubai Silicon Valley Traders FZE", [], "Dubai", "AE", []),
    (UVL, "Istanbul Bilgisayar Ithalat", [], "Istanbul", "TR", []),
    (UVL, "Penang Precision Parts Sdn Bhd", [], "Penang", "MY", []),
    (UVL, "Saigon Computer Parts JSC", [], "Ho Chi Minh City", "VN", []),
    (UVL, "Astana Electronics Import", [], "Astana", "KZ", []),
]:
    req = "For all items subject to the EAR listed in supplement no. 2 to part 744" if source == MEU else None
    add(source, name, alts, [("", city, c)], prog, req, None, None, None, None)

# Added later: appended so that the ids of the entries above stay as they were
# More Entity List entries: Russian, Iranian, Pakistani and further Chinese and transshipment parties
for name, alts, city, c, frn, start in [
    ("Aeroflot", [], "Moscow", "RU", "87 FR 22130", "2022-04-14"),
    ("Almaz-Antey Corporation", [], "Moscow", "RU", "79 FR 45675", "2014-08-06"),
    ("Angstrem JSC", ["Angstrem"], "Zelenograd", "RU", "87 FR 13141", "2022-03-03"),
    ("Elvees Research and Development Center", ["Elvees"], "Zelenograd", "RU", "87 FR 13141", "2022-03-03"),
    ("Sukhoi Design Bureau", [], "Moscow", "RU", "87 FR 13141", "2022-03-03"),
    ("Tupolev PJSC", ["Tupolev"], "Moscow", "RU", "87 FR 13141", "2022-03-03"),
    ("United Aircraft Corporation", ["UAC"], "Moscow", "RU", "87 FR 13141", "2022-03-03"),
    ("Rostec State Corporation", ["Rostec", "Rostekh"], "Moscow", "RU", "87 FR 13141", "2022-03-03"),
    ("Kret Concern Radio-Electronic Technologies", ["KRET"], "Moscow", "RU", "87 FR 13141", "2022-03-03"),
    ("Istok Research and Production Company", ["Istok"], "Fryazino", "RU", "87 FR 13141", "2022-03-03"),
    ("Sitronics Group", ["Sitronics"], "Moscow", "RU", "89 FR 28594", "2024-04-19"),
    ("Promtekh Ulyanovsk", [], "Ulyanovsk", "RU", "89 FR 28594", "2024-04-19"),
    ("Kvazar-Micro", [], "Kyiv", "RU", "89 FR 28594", "2024-04-19"),
    ("Pakistan Atomic Energy Commission", ["PAEC"], "Islamabad", "PK", "63 FR 64322", "1998-11-19"),
    ("National Development Complex", ["NDC"], "Islamabad", "PK", "63 FR 64322", "1998-11-19"),
    ("Air Weapons Complex", ["AWC"], "Wah", "PK", "63 FR 64322", "1998-11-19"),
    ("Iran Aircraft Manufacturing Industrial Company", ["HESA"], "Isfahan", "IR", "73 FR 54499", "2008-09-22"),
    ("Shahid Hemmat Industrial Group", ["SHIG"], "Tehran", "IR", "73 FR 54499", "2008-09-22"),
    ("Qods Aviation Industries", [], "Tehran", "IR", "73 FR 54499", "2008-09-22"),
    ("Beijing Institute of Technology", ["BIT"], "Beijing", "CN", "85 FR 34495", "2020-06-05"),
    ("Harbin Institute of Technology", ["HIT"], "Harbin", "CN", "85 FR 34495", "2020-06-05"),
    ("Northwestern Polytechnical University", ["NWPU"], "Xian", "CN", "86 FR 62891", "2001-05-21"),
    ("Qihoo 360 Technology Co., Ltd.", ["Qihoo 360"], "Beijing", "CN", "85 FR 34495", "2020-06-05"),
    ("CloudMinds Inc.", ["CloudMinds", "达闼科技"], "Beijing", "CN", "85 FR 34495", "2020-06-05"),
    ("Netposa Technologies Ltd.", ["Netposa", "东方网力"], "Beijing", "CN", "85 FR 34495", "2020-06-05"),
    ("Beijing Jiangnan Computing Technology Research Institute", ["Jiangnan Institute of Computing Technology"], "Wuxi", "CN", "86 FR 18437", "2021-04-09"),
    ("Tianjin Feiteng Information Technology Co., Ltd.", ["Feiteng"], "Tianjin", "CN", "86 FR 18437", "2021-04-09"),
    ("Zhengzhou Xinda Institute of Advanced Technology", [], "Zhengzhou", "CN", "86 FR 18437", "2021-04-09"),
    ("Guangzhou GRG Metrology and Test Co., Ltd.", ["GRGT"], "Guangzhou", "CN", "88 FR 71991", "2023-10-17"),
    ("Shenzhen Xiangfeng Information Technology", [], "Shenzhen", "CN", "90 FR 12004", "2025-03-25"),
    ("Inspur Financial Information System Co., Ltd.", [], "Jinan", "CN", "90 FR 12004", "2025-03-25"),
    ("Inspur Cloud Information Technology Co., Ltd.", ["Inspur Cloud"], "Jinan", "CN", "90 FR 12004", "2025-03-25"),
    ("Beijing Sophgo Technologies", [], "Beijing", "CN", "90 FR 3062", "2025-01-16"),
    ("Chengdu Sino Microelectronics Technology", ["Chengdu Sino Micro"], "Chengdu", "CN", "89 FR 96790", "2024-12-05"),
    ("Shenzhen Pengxinxu Technology", ["Pengxinxu"], "Shenzhen", "CN", "89 FR 96790", "2024-12-05"),
    ("Qingdao Sien Semiconductor", [], "Qingdao", "CN", "89 FR 96790", "2024-12-05"),
    ("Wuhan Xinxin Semiconductor Manufacturing", ["XMC"], "Wuhan", "CN", "89 FR 96790", "2024-12-05"),
    ("Changxin Xinqiao Memory Technologies", [], "Hefei", "CN", "89 FR 96790", "2024-12-05"),
    ("Hefei Reliance Memory", [], "Hefei", "CN", "89 FR 96790", "2024-12-05"),
    ("Shanghai Integrated Circuit Equipment and Materials Industry Innovation Center", [], "Shanghai", "CN", "89 FR 96790", "2024-12-05"),
    ("Jiangsu Nata Opto-electronic Material", [], "Suzhou", "CN", "89 FR 96790", "2024-12-05"),
    ("Primarius Technologies", [], "Shanghai", "CN", "89 FR 96790", "2024-12-05"),
    ("ICLeague Technology", [], "Shanghai", "CN", "89 FR 96790", "2024-12-05"),
    ("Skyverse Technology", [], "Shenzhen", "CN", "89 FR 96790", "2024-12-05"),
    ("Beijing Lingyun Zhiwei Technology", [], "Beijing", "CN", "90 FR 12004", "2025-03-25"),
    ("Bright Future Electronics FZCO", [], "Dubai", "AE", "89 FR 51644", "2024-06-18"),
    ("Nova Chips Trading LLC", [], "Abu Dhabi", "AE", "90 FR 12004", "2025-03-25"),
    ("Gulf Digital Supply FZE", [], "Sharjah", "AE", "90 FR 12004", "2025-03-25"),
    ("Orion Microsystems Sdn. Bhd.", [], "Penang", "MY", "90 FR 12004", "2025-03-25"),
    ("Thai Advanced Compute Co., Ltd.", [], "Bangkok", "TH", "90 FR 12004", "2025-03-25"),
    ("Lumen Silicon Pte. Ltd.", [], "Singapore", "SG", "90 FR 12004", "2025-03-25"),
    ("Anatolia Elektronik Ticaret", [], "Ankara", "TR", "89 FR 51644", "2024-06-18"),
    ("Tashkent Avia Components", [], "Tashkent", "UZ", "89 FR 51644", "2024-06-18"),
    ("Yerevan Chip Distribution", [], "Yerevan", "AM", "89 FR 51644", "2024-06-18"),
    ("Bishkek Electronic Parts", [], "Bishkek", "KG", "89 FR 51644", "2024-06-18"),
]:
    el(name, alts, city, c, frn, start)


print(len(entries))
json.dump({"sources_used": sorted({e["source"] for e in entries}), "total": len(entries), "results": entries},
          open("csl-sample.json", "w"), ensure_ascii=False, indent=1)
fields = ["_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
          "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign",
          "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks",
          "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth",
          "source_information_url", "ids"]
with open("csl-sample.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields)
    w.writeheader()
    for e in entries:
        w.writerow({"_id": e["id"], "source": e["source"], "type": e["type"], "programs": "; ".join(e["programs"]),
                    "name": e["name"], "addresses": "; ".join(", ".join(x for x in [a["address"], a["city"], a["country"]] if x) for a in e["addresses"]),
                    "federal_register_notice": e["federal_register_notice"] or "", "start_date": e["start_date"] or "",
                    "license_requirement": e["license_requirement"] or "", "license_policy": e["license_policy"] or "",
                    "remarks": e["remarks"] or "", "alt_names": "; ".join(e["alt_names"])})
