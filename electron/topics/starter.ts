// The taxonomy a new library can start from: diplomacy and public affairs in two levels. Each rule is a query in the
// search language (electron/query), so a person can read, test and edit it in the search box like any other query.
//
// How the rules are written, and why:
// - Aliases in English and Russian, and in Azerbaijani, Turkish and Chinese where those names are in common use,
//   joined by OR, so that a clip is filed whatever language it came in.
// - Multi-word names are quoted phrases. A phrase cannot end in a star, so an inflected name is written as two
//   prefixes a word apart: (Средн* NEAR/1 коридор*) finds "Средний коридор", "Среднего коридора", "Среднем коридоре".
//   Azerbaijani and Turkish suffixes ("Orta Dəhlizin", "Avrupa Birliği'ne") are caught the same way.
// - Matching folds case and diacritics, so one spelling covers Hikmət/Hikmet, ё/е, ş/s.
// - No bare ambiguous word: "green", "road", "port", "UN" (Turkish for flour) or "EV" (Turkish and Azerbaijani for
//   house) stand alone nowhere; they appear only inside a phrase or next to a word that pins them down.
// - A parent's rule is null unless there is a broad wording that belongs to no child; a parent collects its children's
//   clips anyway.

export interface StarterTopic {
  name: string;
  rule: string | null;
  children?: StarterTopic[];
  description?: string;
}

/** Alternatives joined by OR: one alias per argument keeps each rule readable and easy to extend. */
function anyOf(...aliases: string[]): string {
  return aliases.join(' OR ');
}

export const STARTER_TAXONOMY: StarterTopic[] = [
  {
    name: 'Bilateral relations',
    rule: null,
    description: 'Relations between two countries: visits, agreements, partnerships.',
    children: [
      {
        name: 'Official visits',
        rule: anyOf(
          '"state visit"', '"state visits"', '"official visit"', '"official visits"', '"working visit"',
          '(государственн* NEAR/1 визит*)', '(официальн* NEAR/1 визит*)', '(рабоч* NEAR/1 визит*)',
          '(dövlət NEAR/1 səfər*)', '(rəsmi NEAR/1 səfər*)', '(işgüzar NEAR/1 səfər*)',
          '(resmi NEAR/1 ziyaret*)', '(devlet NEAR/1 ziyaret*)',
          '"国事访问"', '"正式访问"',
        ),
      },
      {
        name: 'Agreements & memoranda',
        rule: anyOf(
          '"memorandum of understanding"', '"memoranda of understanding"', 'MoU', 'MoUs', '"intergovernmental agreement"',
          '"joint declaration"', '(signed NEAR/3 agreement*)', '(signing NEAR/3 agreement*)', '(signed NEAR/3 memorand*)',
          '(меморандум* NEAR/2 взаимопонимани*)', '(подпис* NEAR/3 соглашени*)', '(подпис* NEAR/3 меморандум*)',
          '(межправительственн* NEAR/1 соглашени*)',
          '(saziş* NEAR/2 imzala*)', '(memorandum* NEAR/2 imzala*)', '(anlaşma* NEAR/2 imzala*)',
          '"谅解备忘录"', '"签署协议"',
        ),
      },
      {
        name: 'Strategic partnership',
        rule: anyOf(
          '"strategic partnership"', '"allied relations"', '"alliance relations"',
          '(стратегическ* NEAR/1 партн*)', '(союзническ* NEAR/1 отношени*)',
          '(strateji NEAR/1 tərəfdaşlıq*)', '(müttəfiqlik NEAR/1 münasibət*)', '(stratejik NEAR/1 ortaklı*)',
          '"战略伙伴关系"',
        ),
      },
    ],
  },
  {
    name: 'Multilateral diplomacy',
    rule: null,
    description: 'International organisations and the summits and forums around them.',
    children: [
      {
        name: 'United Nations',
        rule: anyOf(
          '"United Nations"', '"UN General Assembly"', '"UN Security Council"', '"UN Secretary-General"', '"UN Charter"', 'UNGA',
          'ООН', '(Организаци* NEAR/1 Объединенн*)',
          '"Birləşmiş Millətlər"', 'BMT', '"Birleşmiş Milletler"',
          '"联合国"',
        ),
      },
      {
        name: 'OSCE',
        rule: anyOf('OSCE', '"Minsk Group"', 'ОБСЕ', '(Минск* NEAR/1 групп*)', 'ATƏT', '"Minsk qrupu"', 'AGİT', '"欧安组织"'),
      },
      {
        name: 'European Union',
        rule: anyOf(
          '"European Union"', 'EU', '"European Commission"', '"European Council"',
          'Евросоюз*', 'ЕС', '(Европейск* NEAR/1 союз*)', 'Еврокомисси*',
          '(Avropa NEAR/1 İttifaq*)', '(Avrupa NEAR/1 Birliği*)',
          '"欧盟"',
        ),
      },
      {
        name: 'CIS',
        description: 'Commonwealth of Independent States.',
        rule: anyOf(
          '"Commonwealth of Independent States"', 'CIS', 'СНГ', '(Содружеств* NEAR/1 Независим*)',
          '"Müstəqil Dövlətlər Birliyi"', '"Bağımsız Devletler Topluluğu"', '"独联体"',
        ),
      },
      {
        name: 'SCO',
        description: 'Shanghai Cooperation Organisation.',
        rule: anyOf(
          '"Shanghai Cooperation Organization"', '"Shanghai Cooperation Organisation"', 'SCO',
          'ШОС', '(Шанхайск* NEAR/2 сотрудничеств*)',
          '(Şanxay NEAR/2 Təşkilat*)', '(Şanghay NEAR/2 Örgüt*)',
          '"上合组织"', '"上海合作组织"',
        ),
      },
      {
        name: 'BRICS',
        rule: anyOf('BRICS', 'БРИКС', 'BRİKS', '"金砖国家"'),
      },
      {
        name: 'Organization of Turkic States',
        description: 'OTS, formerly the Turkic Council.',
        rule: anyOf(
          '"Organization of Turkic States"', '"Organisation of Turkic States"', 'OTS', '"Turkic Council"',
          '(Организаци* NEAR/2 тюркск*)', 'ОТГ',
          '(Türk NEAR/1 Dövlətləri)', 'TDT', '(Türk NEAR/1 Devletleri)',
          '"突厥国家组织"',
        ),
      },
    ],
  },
  {
    name: 'Trade & investment',
    rule: null,
    description: 'Trade flows, investment, trade agreements and sanctions.',
    children: [
      {
        name: 'Foreign trade',
        rule: anyOf(
          '"trade turnover"', '"bilateral trade"', '"foreign trade"', '"trade volume"', '"trade relations"', '"trade ties"',
          'товарооборот*', '(внешн* NEAR/1 торгов*)', '(торгов* NEAR/1 экономическ*)',
          '(ticarət NEAR/1 dövriyyə*)', '(xarici NEAR/1 ticarət*)', '(ticaret NEAR/1 hacmi*)', '(dış NEAR/1 ticaret*)',
          '"贸易额"', '"双边贸易"',
        ),
      },
      {
        name: 'Foreign investment',
        rule: anyOf(
          '"foreign investment"', '"foreign investments"', '"foreign direct investment"', 'FDI', '"investment projects"',
          '"joint venture"', '"joint ventures"',
          '(иностранн* NEAR/1 инвестиц*)', '(прям* NEAR/1 инвестиц*)', '(совместн* NEAR/1 предприяти*)',
          '(xarici NEAR/1 investisiya*)', '(birgə NEAR/1 müəssisə*)', '(yabancı NEAR/1 yatırım*)', '(doğrudan NEAR/1 yatırım*)',
          '"外国投资"', '"外商投资"', '"直接投资"',
        ),
      },
      {
        name: 'Free trade & customs',
        rule: anyOf(
          '"free trade agreement"', '"free trade zone"', '"free trade area"', '"free economic zone"', '"customs union"',
          '"Eurasian Economic Union"', 'EAEU',
          '(свободн* NEAR/1 торговл*)', '(свободн* NEAR/1 зон*)', '(таможенн* NEAR/1 союз*)', 'ЕАЭС',
          '(azad NEAR/1 ticarət*)', '(gömrük NEAR/1 ittifaq*)', '(serbest NEAR/1 ticaret*)', '(gümrük NEAR/1 birliği*)',
          '"自由贸易"', '"自贸区"',
        ),
      },
      {
        name: 'Sanctions',
        rule: anyOf('sanctions', '"sanctions regime"', 'embargo', 'санкци*', 'эмбарго', 'sanksiya*', 'yaptırım*', 'ambargo', '"制裁"'),
      },
    ],
  },
  {
    name: 'Energy',
    rule: null,
    description: 'Hydrocarbons, renewables and nuclear power.',
    children: [
      {
        name: 'Oil & gas',
        rule: anyOf(
          '"oil and gas"', '"natural gas"', '"crude oil"', '"oil production"', '"oil prices"', '"gas supplies"', '"gas exports"',
          '"gas pipeline"', '"oil pipeline"', '"Southern Gas Corridor"', 'LNG', 'OPEC', 'TANAP', 'SOCAR',
          'нефт*', '(природн* NEAR/1 газ*)', 'газопровод*', '(Южн* NEAR/1 газов*)', 'СПГ', 'ОПЕК', 'ГНКАР',
          'neft*', '(təbii NEAR/1 qaz*)', '(doğal NEAR/1 gaz*)', 'petrol*',
          '"石油"', '"天然气"', '"油气"',
        ),
      },
      {
        name: 'Renewables',
        rule: anyOf(
          '(renewable NEAR/1 energ*)', 'renewables', '"solar power"', '"solar energy"', '"solar plant"', '"wind power"',
          '"wind energy"', '"wind farm"', '"offshore wind"', '"green energy"', 'hydropower',
          '(возобновляем* NEAR/2 энерг*)', '(возобновляем* NEAR/2 источник*)', 'ВИЭ', '(солнечн* NEAR/1 электростанц*)',
          '(ветров* NEAR/1 электростанц*)', '(солнечн* NEAR/1 энерг*)', '(ветров* NEAR/1 энерг*)', '(зелен* NEAR/1 энерг*)',
          '(bərpa NEAR/2 enerji*)', '(günəş NEAR/1 elektrik*)', '(külək NEAR/1 elektrik*)', '(yaşıl NEAR/1 enerji*)',
          '(yenilenebilir NEAR/1 enerji*)', '(güneş NEAR/1 enerji*)', '(rüzgar NEAR/1 enerji*)', '(yeşil NEAR/1 enerji*)',
          '"可再生能源"', '"光伏"', '"风电"', '"绿色能源"',
        ),
      },
      {
        name: 'Nuclear energy',
        rule: anyOf(
          '"nuclear power"', '"nuclear energy"', '"nuclear plant"', '"nuclear reactor"', 'Rosatom',
          'Росатом*', '(атомн* NEAR/1 электростанц*)', 'АЭС', '(атомн* NEAR/1 энерг*)', '(ядерн* NEAR/1 энерг*)',
          '(atom NEAR/1 elektrik*)', '(nüvə NEAR/1 enerji*)', '(nükleer NEAR/1 enerji*)', '(nükleer NEAR/1 santral*)', 'Akkuyu',
          '"核电"', '"核能"',
        ),
      },
    ],
  },
  {
    name: 'Transport & connectivity',
    description: 'Corridors and the modes of transport along them.',
    // Corridors and "connectivity" in general; the named routes and the modes have their own children.
    rule: anyOf(
      'connectivity', '"transport corridor"', '"transport corridors"', '"transit corridor"', '"transit corridors"',
      '(транспортн* NEAR/1 коридор*)', '(транзитн* NEAR/1 коридор*)',
      '(nəqliyyat NEAR/1 dəhliz*)', '(tranzit NEAR/1 dəhliz*)', '(ulaştırma NEAR/1 koridor*)', '(transit NEAR/1 koridor*)',
      '"互联互通"',
    ),
    children: [
      {
        name: 'Middle Corridor',
        description: 'The Trans-Caspian International Transport Route (TITR) from China through Central Asia, the Caspian and the South Caucasus to Europe.',
        rule: anyOf(
          '"Middle Corridor"', '"Trans-Caspian International Transport Route"', '"Trans-Caspian Transport Route"',
          '"Trans-Caspian route"', 'TITR',
          '(Средн* NEAR/1 коридор*)', '(Срединн* NEAR/1 коридор*)', '(Транскаспийск* NEAR/2 маршрут*)', 'ТМТМ',
          '"Orta Dəhliz"', '(Orta NEAR/0 Dəhliz*)', '"Orta Koridor"', '(Orta NEAR/0 Koridor*)',
          '"中间走廊"', '"跨里海国际运输路线"',
        ),
      },
      {
        name: 'Belt and Road Initiative',
        description: 'China’s Belt and Road Initiative (BRI), also One Belt One Road.',
        rule: anyOf(
          '"Belt and Road"', 'BRI', '"One Belt One Road"', 'OBOR',
          '"Пояс и путь"', '"Один пояс один путь"',
          '"Kəmər və Yol"', '"Bir Kəmər Bir Yol"', '"Kuşak ve Yol"', '"Bir Kuşak Bir Yol"',
          '"一带一路"',
        ),
      },
      {
        name: 'Ports & shipping',
        rule: anyOf(
          'seaport', 'seaports', '"sea port"', '"port of Baku"', '"Baku port"', '"Alat port"', '"port terminal"',
          '"container terminal"', '"container shipping"', 'shipping', 'ferry', 'ferries', '"merchant fleet"',
          '(морск* NEAR/1 порт*)', 'морпорт*', '(Бакинск* NEAR/2 порт*)', '(контейнерн* NEAR/1 терминал*)', 'паром*', 'судоходств*',
          '(dəniz NEAR/1 liman*)', '(Bakı NEAR/3 Liman*)', '(konteyner NEAR/1 terminal*)',
          '"港口"', '"航运"',
        ),
      },
      {
        name: 'Rail',
        rule: anyOf(
          'railway*', 'railroad*', '"rail freight"', '"rail link"', '"rail transport"', '"high-speed rail"', '"Baku-Tbilisi-Kars"',
          'железнодорожн*', '(железн* NEAR/1 дорог*)', 'РЖД',
          '(dəmir NEAR/1 yol*)', 'dəmiryol*', '"Bakı-Tbilisi-Qars"', 'demiryol*',
          '"铁路"', '"中欧班列"',
        ),
      },
      {
        name: 'Aviation',
        rule: anyOf(
          'aviation', 'airline', 'airlines', 'airport', 'airports', '"direct flight"', '"direct flights"', '"air traffic"', 'AZAL',
          'авиакомпани*', 'авиасообщени*', 'авиаперевоз*', 'авиарейс*', 'аэропорт*', '(прям* NEAR/1 рейс*)', '(гражданск* NEAR/1 авиаци*)',
          '(hava NEAR/1 yol*)', '(hava NEAR/1 liman*)', '(birbaşa NEAR/1 reys*)', 'havalimanı*', 'havacılık', '(direkt NEAR/1 uçuş*)',
          '"航空"', '"机场"', '"直航"',
        ),
      },
    ],
  },
  {
    name: 'Digital',
    rule: null,
    description: 'Digital government and economy, cybersecurity, artificial intelligence.',
    children: [
      {
        name: 'Digital transformation',
        rule: anyOf(
          '"digital transformation"', 'digitalization', 'digitalisation', '"digital economy"', '"e-government"',
          '(цифров* NEAR/1 трансформац*)', 'цифровизац*', '(цифров* NEAR/1 экономик*)',
          '(rəqəmsal NEAR/1 transformasiya*)', 'rəqəmsallaşma*', '(rəqəmsal NEAR/1 iqtisadiyyat*)',
          '(dijital NEAR/1 dönüşüm*)', 'dijitalleşme*', '(dijital NEAR/1 ekonomi*)',
          '"数字化转型"', '"数字经济"',
        ),
      },
      {
        name: 'Cybersecurity',
        rule: anyOf(
          'cybersecurity', '"cyber security"', 'cyberattack*', '"cyber attack"', '"cyber attacks"', 'cybercrim*', '"cyber threats"', 'ransomware',
          'кибербезопасн*', 'кибератак*', 'киберпреступ*', 'киберугроз*',
          'kibertəhlükəsizli*', 'kiberhücum*', '(siber NEAR/1 güvenlik*)', '(siber NEAR/1 saldırı*)',
          '"网络安全"', '"网络攻击"',
        ),
      },
      {
        name: 'Artificial intelligence',
        // "AI" stands alone: in the monitored languages it is not an ordinary word, unlike "EV" or "UN".
        rule: anyOf(
          '"artificial intelligence"', 'AI', '"machine learning"', 'ChatGPT',
          '(искусственн* NEAR/1 интеллект*)', 'ИИ', 'нейросет*',
          '(süni NEAR/1 intellekt*)', '(yapay NEAR/1 zek*)',
          '"人工智能"',
        ),
      },
    ],
  },
  {
    name: 'Climate & environment',
    rule: null,
    description: 'Green growth, electric transport, climate diplomacy and emissions.',
    children: [
      {
        name: 'Green growth',
        description: 'Green growth, the green transition and the green economy.',
        rule: anyOf(
          '"green growth"', '"green transition"', '"green economy"', '"green development"', '"green agenda"',
          '(зелен* NEAR/1 рост*)', '(зелен* NEAR/1 переход*)', '(зелен* NEAR/1 экономик*)',
          '(yaşıl NEAR/1 artım*)', '(yaşıl NEAR/1 keçid*)', '(yaşıl NEAR/1 iqtisadiyyat*)',
          '(yeşil NEAR/1 büyüme*)', '(yeşil NEAR/1 dönüşüm*)', '(yeşil NEAR/1 ekonomi*)',
          '"绿色发展"', '"绿色增长"', '"绿色转型"',
        ),
      },
      {
        name: 'Electric vehicles',
        description: 'Electric cars, buses and trucks, and the industry that makes them.',
        // "EV" only with a noun after it: alone it is the Turkish and Azerbaijani word for house.
        rule: anyOf(
          '"electric vehicle"', '"electric vehicles"', '"electric car"', '"electric cars"', '"electric automobile"',
          '"electric automobiles"', '"electric bus"', '"electric buses"', '"electric trucks"', '"electric mobility"', 'e-mobility',
          'EVs', '"EV charging"', '"EV battery"', '"EV batteries"', '"EV market"', '"EV maker"', '"EV makers"', '"EV sales"',
          '"new energy vehicles"',
          'электромобил*', 'электробус*', 'электрокар*', '(электрическ* NEAR/1 автомобил*)', '(электрическ* NEAR/1 автобус*)',
          'elektromobil*', '(elektrik NEAR/1 avtomobil*)', '(elektrik NEAR/1 avtobus*)',
          '(elektrikli NEAR/1 araç*)', '(elektrikli NEAR/1 otomobil*)', '(elektrikli NEAR/1 otobüs*)',
          '"电动汽车"', '"新能源汽车"', '"电动车"',
        ),
      },
      {
        name: 'COP climate talks',
        rule: anyOf(
          'COP29', 'COP28', 'COP30', 'COP27', 'COP26', '"COP 29"', '"UN Climate Change Conference"', 'UNFCCC',
          '"Paris Agreement"', '"climate talks"', '"climate summit"', '"climate conference"', '"climate finance"',
          '(климат* NEAR/3 конференц*)', '(климатическ* NEAR/2 саммит*)', '(Парижск* NEAR/2 соглашени*)', 'РКИК',
          '(İqlim NEAR/2 Konfrans*)', '(iklim NEAR/2 konferans*)', '(iklim NEAR/2 zirve*)',
          '"气候大会"', '"巴黎协定"', '"缔约方大会"',
        ),
      },
      {
        name: 'Climate change & emissions',
        rule: anyOf(
          '"climate change"', '"global warming"', '"greenhouse gas"', '"greenhouse gases"', '"carbon emissions"', '"CO2 emissions"',
          '"net zero"', 'decarbonisation', 'decarbonization', '"carbon neutrality"', '"carbon neutral"',
          '(изменени* NEAR/1 климат*)', '(парников* NEAR/1 газ*)', 'декарбонизац*', '(углеродн* NEAR/1 нейтральн*)',
          '(выброс* NEAR/2 углерод*)', '(выброс* NEAR/2 парников*)',
          '(iqlim NEAR/1 dəyiş*)', '(iklim NEAR/1 değişik*)', '(karbon NEAR/1 emisyon*)', '(karbon NEAR/1 neytral*)',
          '"气候变化"', '"碳中和"', '"碳排放"',
        ),
      },
    ],
  },
  {
    name: 'Security & defence',
    rule: null,
    description: 'Defence cooperation, terrorism, landmines.',
    children: [
      {
        name: 'Defence cooperation',
        rule: anyOf(
          '"military cooperation"', '"defence cooperation"', '"defense cooperation"', '"military-technical cooperation"',
          '"defence industry"', '"defense industry"', '"joint military exercises"', '"joint exercises"', '"military drills"',
          '"Ministry of Defence"', '"Ministry of Defense"', '"defence minister"', '"defense minister"',
          '(военн* NEAR/2 сотрудничеств*)', '(военн* NEAR/1 учени*)', '(оборонн* NEAR/1 промышленност*)', 'Минобороны',
          '(министр* NEAR/1 оборон*)',
          '(hərbi NEAR/1 əməkdaşlıq*)', '(hərbi NEAR/1 təlim*)', '(Müdafiə NEAR/1 Nazir*)',
          '(askeri NEAR/1 işbirliği*)', '(askeri NEAR/1 tatbikat*)', '(Savunma NEAR/1 Bakan*)', '(savunma NEAR/1 sanayi*)',
          '"军事合作"', '"联合军演"', '"国防部"',
        ),
      },
      {
        name: 'Terrorism & extremism',
        rule: anyOf(
          'terror*', 'counterterror*', 'extremis*',
          'террор*', 'антитеррор*', 'экстреми*',
          'terör*', 'ekstremizm*',
          '"恐怖主义"', '"极端主义"',
        ),
      },
      {
        name: 'Landmines & demining',
        rule: anyOf(
          'landmine*', '"land mine"', '"land mines"', 'demining', '"mine clearance"', '"mine action"', '"mine contamination"', 'ANAMA',
          'разминир*', '(минн* NEAR/1 опасн*)', '(противопехотн* NEAR/1 мин*)',
          'minatəmizləmə*', '(mina NEAR/1 təhlük*)', '(mina NEAR/1 qurban*)', '(mayın NEAR/1 temizle*)',
          '"排雷"', '"地雷"',
        ),
      },
    ],
  },
  {
    name: 'Conflict & peace process',
    rule: null,
    description: 'Peace talks, borders, ceasefires and post-conflict reconstruction.',
    children: [
      {
        name: 'Peace talks & treaty',
        rule: anyOf(
          '"peace treaty"', '"peace agreement"', '"peace talks"', '"peace process"', '"peace negotiations"', '"peace deal"',
          '"normalization of relations"', '"normalisation of relations"',
          '(мирн* NEAR/1 договор*)', '(мирн* NEAR/1 соглашени*)', '(мирн* NEAR/1 переговор*)', '(мирн* NEAR/1 процесс*)',
          '(мирн* NEAR/1 повестк*)', '(нормализаци* NEAR/2 отношени*)',
          '(sülh NEAR/1 müqavilə*)', '(sülh NEAR/1 saziş*)', '(sülh NEAR/1 danışıq*)', '(sülh NEAR/1 proses*)', '(sülh NEAR/1 gündəliy*)',
          '(barış NEAR/1 anlaşma*)', '(barış NEAR/1 antlaşma*)', '(barış NEAR/1 süreci*)', '(barış NEAR/1 müzakere*)',
          '"和平条约"', '"和平协议"', '"和平进程"', '"和谈"',
        ),
      },
      {
        name: 'Border delimitation',
        rule: anyOf(
          'delimitation', 'demarcation', '"border commission"', 'делимитац*', 'демаркац*',
          'delimitasiya*', 'demarkasiya*', 'delimitasyon*', '"划界"',
        ),
      },
      {
        name: 'Ceasefire & hostilities',
        rule: anyOf(
          'ceasefire', 'cease-fire', 'truce', 'armistice', 'hostilities',
          'перемири*', '(прекращени* NEAR/1 огн*)', '(прекращени* NEAR/2 боев*)', '(боев* NEAR/1 действи*)',
          'atəşkəs*', '"停火"', '"停战"',
        ),
      },
      {
        name: 'Reconstruction & return',
        description: 'Rebuilding after conflict and the return of displaced people to their homes (the Great Return).',
        rule: anyOf(
          '"Great Return"', '"post-conflict reconstruction"', '"liberated territories"', '"liberated lands"',
          '(освобожденн* NEAR/1 территори*)', '(освобожденн* NEAR/1 земл*)', '(Велик* NEAR/1 возвращени*)',
          '(Böyük NEAR/0 Qayıdış*)', '"işğaldan azad edilmiş"',
        ),
      },
    ],
  },
  {
    name: 'Human rights & rule of law',
    rule: null,
    description: 'Rights and freedoms, courts and corruption, elections.',
    children: [
      {
        name: 'Human rights',
        rule: anyOf(
          '"human rights"', '"freedom of expression"', '"freedom of speech"', '"freedom of assembly"', '"political prisoners"',
          'ombudsman', 'ombudsperson',
          '(прав* NEAR/0 человек*)', '(свобод* NEAR/0 человек*)', '(свобод* NEAR/0 слова)', '(свобод* NEAR/0 собрани*)',
          'омбудсмен*', 'политзаключенн*',
          '(insan NEAR/1 hüquq*)', '(siyasi NEAR/1 məhbus*)', '(insan NEAR/1 hakla*)',
          '"人权"',
        ),
      },
      {
        name: 'Rule of law & anti-corruption',
        rule: anyOf(
          '"rule of law"', '"judicial reform"', 'corruption', '"anti-corruption"', 'bribery',
          '(верховенств* NEAR/1 закон*)', '(верховенств* NEAR/1 прав*)', 'коррупц*', 'антикоррупц*', '(судебн* NEAR/1 реформ*)',
          'korrupsiya*', '(hüququn NEAR/1 aliliy*)', 'rüşvət*', 'yolsuzluk*', '(hukukun NEAR/1 üstünlüğ*)',
          '"法治"', '"反腐"', '"腐败"',
        ),
      },
      {
        name: 'Elections',
        rule: anyOf(
          'election*', 'electoral', 'referendum', '"election observers"',
          '(президентск* NEAR/1 выбор*)', '(парламентск* NEAR/1 выбор*)', '(внеочередн* NEAR/1 выбор*)', '(выбор* NEAR/1 президент*)',
          'избирательн*', 'референдум*', 'ЦИК',
          'seçki*', '(cumhurbaşkanlığı NEAR/1 seçim*)', '(genel NEAR/1 seçim*)', '(yerel NEAR/1 seçim*)',
          '"选举"',
        ),
      },
    ],
  },
  {
    name: 'Migration',
    rule: null,
    description: 'Refugees and displaced people, migrant workers and diasporas.',
    children: [
      {
        name: 'Refugees & displaced people',
        rule: anyOf(
          'refugee*', '"internally displaced"', 'IDPs', '"asylum seekers"', '"asylum seeker"',
          'беженц*', '(вынужденн* NEAR/1 переселенц*)', '(внутренне NEAR/1 перемещенн*)',
          'qaçqın*', '(məcburi NEAR/1 köçkün*)', 'mülteci*', 'sığınmacı*',
          '"难民"',
        ),
      },
      {
        name: 'Migrants & diaspora',
        rule: anyOf(
          'migration', 'migrants', '"labour migration"', '"labor migration"', '"migrant workers"', 'remittances',
          'мигра*', 'диаспор*', '(денежн* NEAR/1 перевод*)',
          'miqrasiya*', 'miqrant*', 'diaspor*', 'göçmen*', 'göç',
          '"移民"', '"侨民"', '"华侨"',
        ),
      },
    ],
  },
  {
    name: 'Health',
    rule: null,
    description: 'Public health, pandemics, health care.',
    children: [
      {
        name: 'Public health & pandemics',
        rule: anyOf(
          'pandemi*', 'epidemic*', 'COVID', 'coronavirus', 'vaccin*', '"World Health Organization"', '"public health"',
          'эпидеми*', 'пандеми*', 'коронавирус*', 'вакцин*', '(Всемирн* NEAR/2 здравоохранени*)',
          'koronavirus*', 'vaksin*', 'peyvənd*',
          '"疫情"', '"新冠"', '"疫苗"',
        ),
      },
      {
        name: 'Health care',
        rule: anyOf(
          'healthcare', '"health care"', '"health system"', '"health cooperation"', 'hospital', 'hospitals',
          'здравоохранени*', 'больниц*',
          'səhiyyə*', 'xəstəxana*', 'hastane*', '(sağlık NEAR/1 sistem*)', '(sağlık NEAR/1 bakan*)',
          '"医疗"', '"卫生合作"',
        ),
      },
    ],
  },
  {
    name: 'Culture & education',
    rule: null,
    description: 'Education and science, culture and heritage, tourism and people-to-people ties.',
    children: [
      {
        name: 'Education & science',
        rule: anyOf(
          'university', 'universities', '"higher education"', 'scholarship', 'scholarships', 'students', '"student exchange"',
          '"academic exchange"',
          'университет*', 'студент*', '(высш* NEAR/1 образовани*)',
          'universitet*', 'tələbə*', '(ali NEAR/1 təhsil*)', 'üniversite*', 'öğrenci*', 'yükseköğretim*',
          '"大学"', '"留学生"', '"高等教育"',
        ),
      },
      {
        name: 'Culture & heritage',
        rule: anyOf(
          '"cultural heritage"', 'UNESCO', '"cultural cooperation"', '"cultural ties"', '"Days of Culture"', '"Confucius Institute"',
          'museum', 'museums',
          'ЮНЕСКО', '(культурн* NEAR/1 наследи*)', '(культурн* NEAR/1 сотрудничеств*)', '(Институт* NEAR/1 Конфуци*)', 'музе*',
          '(mədəni NEAR/1 irs*)', '(mədəniyyət NEAR/1 gün*)', 'müze*', '(kültürel NEAR/1 miras*)',
          '"文化遗产"', '"孔子学院"', '"博物馆"', '"文化交流"',
        ),
      },
      {
        name: 'Tourism & people-to-people ties',
        rule: anyOf(
          'touris*', '"visa-free"', '"visa regime"', '"people-to-people"',
          'туризм*', 'турист*', 'безвиз*',
          'turizm*', 'turist*',
          '"旅游"', '"游客"', '"人文交流"',
        ),
      },
    ],
  },
  {
    name: 'Economy & finance',
    rule: null,
    description: 'Growth and inflation, banks and currencies, diversification.',
    children: [
      {
        name: 'Macroeconomy',
        rule: anyOf(
          'GDP', 'inflation', '"economic growth"', 'recession', '"state budget"',
          'ВВП', 'инфляци*', '(экономическ* NEAR/1 рост*)', '(государственн* NEAR/1 бюджет*)',
          'ÜDM', 'inflyasiya*', '(iqtisadi NEAR/1 artım*)', '(dövlət NEAR/1 büdcə*)',
          'GSYİH', 'enflasyon*', '(ekonomik NEAR/1 büyüme*)',
          '"国内生产总值"', '"通货膨胀"', '"经济增长"',
        ),
      },
      {
        name: 'Banking & currency',
        rule: anyOf(
          '"central bank"', '"interest rate"', '"interest rates"', '"exchange rate"', '"national currency"',
          'manat*', 'yuan', 'renminbi', 'ruble', 'rouble',
          '(центральн* NEAR/1 банк*)', '(ключев* NEAR/1 ставк*)', '(валютн* NEAR/1 курс*)', '(курс* NEAR/1 валют*)',
          'манат*', 'юан*', 'рубл*',
          '(Mərkəzi NEAR/1 Bank*)', '(Merkez NEAR/1 Bankası)',
          '"人民币"', '"央行"', '"汇率"',
        ),
      },
      {
        name: 'Economic diversification',
        rule: anyOf(
          '"non-oil sector"', '"economic diversification"', '(diversif* NEAR/3 econom*)',
          '(ненефтян* NEAR/1 сектор*)', '(диверсификац* NEAR/2 экономик*)',
          '(qeyri NEAR/0 neft)', 'şaxələndiril*', '(ekonomi* NEAR/2 çeşitlendir*)',
          '"经济多元化"',
        ),
      },
    ],
  },
  {
    name: 'Media & information',
    rule: null,
    description: 'Disinformation, press freedom, social media.',
    children: [
      {
        name: 'Disinformation & propaganda',
        rule: anyOf(
          'disinformation', 'misinformation', '"fake news"', 'propaganda', '"information war"', '"information warfare"', '"smear campaign"',
          'дезинформац*', 'фейк*', 'пропаганд*', '(информационн* NEAR/1 войн*)',
          'dezinformasiya*', '(saxta NEAR/1 xəbər*)', 'dezenformasyon*', '(yalan NEAR/1 haber*)',
          '"虚假信息"', '"假新闻"',
        ),
      },
      {
        name: 'Press freedom & journalists',
        // Journalists only next to arrest or detention: "told journalists" is in half the clips.
        rule: anyOf(
          '"press freedom"', '"media freedom"', '"freedom of the press"', '"Reporters Without Borders"', '"Committee to Protect Journalists"',
          '(journalist* NEAR/3 arrest*)', '(journalist* NEAR/3 detain*)', '(journalist* NEAR/3 jail*)',
          '(свобод* NEAR/1 прессы)', '(свобод* NEAR/1 СМИ)', '(журналист* NEAR/3 арест*)', '(журналист* NEAR/3 задерж*)',
          '(mətbuat NEAR/1 azadlığ*)', '(media NEAR/1 azadlığ*)', '(jurnalist* NEAR/3 həbs*)',
          '(basın NEAR/1 özgürlüğ*)', '(gazeteci* NEAR/3 tutuklan*)',
          '"新闻自由"',
        ),
      },
      {
        name: 'Social media & platforms',
        rule: anyOf(
          '"social media"', '"social network"', '"social networks"', 'Facebook', 'Twitter', 'TikTok', 'YouTube', 'Instagram', 'Telegram',
          '(социальн* NEAR/1 сет*)', 'соцсет*',
          '(sosial NEAR/1 şəbəkə*)', '(sosyal NEAR/1 medya*)',
          '"社交媒体"',
        ),
      },
    ],
  },
];

/** Every topic, parents before their children; `path` runs from the top-level topic down to the topic itself. */
export function flattenStarter(): Array<{ path: string[]; name: string; rule: string | null }> {
  const out: Array<{ path: string[]; name: string; rule: string | null }> = [];
  const walk = (topics: StarterTopic[], parents: string[]): void => {
    for (const topic of topics) {
      const path = [...parents, topic.name];
      out.push({ path, name: topic.name, rule: topic.rule });
      if (topic.children) walk(topic.children, path);
    }
  };
  walk(STARTER_TAXONOMY, []);
  return out;
}
