namespace Spotlight.Benchmarks;

/// <summary>Which pool of invented personal names an arena's local officials take.</summary>
internal enum NamePool
{
    Persian,
    Arab,
    Afghan,
    Western,
}

/// <summary>
/// One section a generated report can hold: a region ("Iranian Involvement in Syria") or a topic
/// ("The Nuclear Program"), with the words its sentences are filled from. Topics use only their own
/// openers and followers, since the region templates speak of a country and its capital.
/// </summary>
internal sealed record Arena(
    string Heading,
    bool IsTopic,
    string Country,
    string Adjective,
    string Capital,
    NamePool Names,
    string[] Cities,
    string[] Locals,
    string[] Allies,
    string[] Subjects,
    string[] Events,
    string[] Opposition,
    string[] Openers,
    string[] Followers,
    string[] Clauses,
    string[] Captions);

/// <summary>
/// Sentence templates and the words that fill them. A slot is written <c>{name}</c>; <c>{Name}</c> gives
/// the same word with a capital first letter. A template that opens with <c>*</c> introduces a speaker
/// (an opener) or needs one (a follower that starts with "He"). All content is invented.
/// </summary>
internal static class ReportVocabulary
{
    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Authors =
    [
        "Dr. Yoav Carmeli", "Dr. Noa Shalev", "Dr. Michal Segev", "Prof. Eitan Dror", "Dr. Avner Golan",
        "Dr. Tamar Ben-Yosef", "Dr. Lior Hadar", "Dr. Ronit Azulay", "Dr. Gideon Tal", "Dr. Shira Naveh",
        "Ariel Kedem", "Dr. Ofer Lavi",
    ];

    // ---- invented personal names ----

    public static readonly string[] PersianFirst =
    [
        "Hossein", "Reza", "Mehdi", "Hamid", "Majid", "Saeed", "Abbas", "Mohsen", "Kazem", "Nasser",
        "Farhad", "Behrouz", "Davoud", "Gholam-Reza", "Mohammad-Hadi", "Ali-Akbar", "Esmail", "Morteza",
        "Jalal", "Amir-Hossein", "Rasoul", "Masoud", "Hadi", "Yousef",
    ];

    public static readonly string[] PersianLast =
    [
        "Karimpour", "Saberi", "Tavakkoli-Nia", "Nourbakhsh", "Ahmadvand", "Rezaeifar", "Hashemzadeh",
        "Jafarian", "Mousavinejad", "Bagherifard", "Dehghanpour", "Soltanabadi", "Ghaffarzadeh", "Miranvand",
        "Kheirabadi", "Shokrollahi", "Fazeli-Rad", "Hosseinkhani", "Amirabadi", "Parsamehr", "Vahidian",
    ];

    public static readonly string[] ArabFirst =
    [
        "Khaled", "Adnan", "Samir", "Fadi", "Hussein", "Qassem", "Ammar", "Haidar", "Ibrahim", "Walid",
        "Jamal", "Nabil", "Yasser", "Abdul-Karim", "Tarek", "Mahmoud", "Ziad", "Raed", "Bassam", "Munir",
    ];

    public static readonly string[] ArabLast =
    [
        "al-Hamdani", "al-Sayyed", "Haddad", "al-Khatib", "al-Moussawi", "al-Obeidi", "al-Zubaidi", "Shaaban",
        "al-Mahdi", "Qabbani", "al-Rubaie", "Darwish", "al-Ahmad", "Fakhoury", "al-Jubouri", "Sabbagh",
        "al-Tamimi", "Harb", "Mansour", "al-Kurdi",
    ];

    public static readonly string[] AfghanFirst =
    [
        "Abdul-Rahman", "Gul Agha", "Abdul-Wahid", "Nasrullah", "Hekmatullah", "Shir Mohammad", "Rahmatullah",
        "Abdul-Ghani", "Noor Ahmad",
    ];

    public static readonly string[] AfghanLast =
    [
        "Rahimi", "Amiri", "Barakzai", "Safi", "Noorzai", "Wardak", "Hotak", "Sultani", "Mohmand",
    ];

    public static readonly string[] WesternFirst = ["Mark", "Henrik", "Paolo", "Claire", "Andreas", "Lucas"];

    public static readonly string[] WesternLast = ["Lindqvist", "Moreau", "Albertini", "Varga", "Keller", "Novak"];

    // ---- Iranian officials, outlets, sources ----

    public static readonly string[] IranianRoles =
    [
        "the Iranian Minister of Foreign Affairs",
        "the Iranian Deputy Minister of Foreign Affairs for Arab and African Affairs",
        "the Spokesman of the Iranian Ministry of Foreign Affairs",
        "the Secretary of the Supreme National Security Council",
        "the Commander of the IRGC Qods Force",
        "the Commander of the IRGC ground forces",
        "the Iranian Minister of Roads and Urban Development",
        "the Iranian Deputy Minister of Energy",
        "the Speaker of the Iranian parliament",
        "an adviser to the Supreme Leader for international affairs",
        "the Chief of Staff of the Iranian Armed Forces",
        "the Iranian Minister of Defense",
        "the Iranian Minister of Economy",
        "the head of the Iranian Organization for Pilgrimage",
        "a member of the National Security and Foreign Policy Committee of the Iranian parliament",
        "the Iranian Minister of Health",
        "the head of the Iranian Red Crescent Society",
        "the Iranian Minister of Industry, Mines and Trade",
        "the deputy commander of the IRGC",
        "a senior adviser to the Iranian Minister of Foreign Affairs",
    ];

    public static readonly string[] CitationOutlets =
    [
        "Fars", "Fars", "Fars", "Tasnim", "Tasnim", "Tasnim", "IRNA", "IRNA", "ISNA", "ISNA", "Mehr", "Mehr",
        "ILNA", "Mashregh", "Tasnim News", "Fars News", "Defa Press", "Kayhan", "Press TV", "al-Alam",
        "al-Mayadeen", "al-Manar", "SANA", "Shafaq News", "al-Sumaria", "Baghdad al-Youm", "Rudaw",
        "al-Masirah", "Saba", "Enab Baladi", "YJC", "Entekhab", "Khabar Online", "Nour News",
        "Asharq al-Awsat", "Tehran Times", "Sepah News", "Javan", "Mizan", "ABNA",
    ];

    /// <summary>Outlets as the subject of "… reported (November 10) that …".</summary>
    public static readonly string[] OutletReporters =
    [
        "the Tasnim News Agency, which is affiliated with the IRGC,",
        "the official Arabic-language Iranian TV channel, al-Alam,",
        "the Lebanese al-Mayadeen channel",
        "the Saudi al-Arabiya channel",
        "the Iraqi Shafaq News website",
        "the newspaper Baghdad al-Youm",
        "the Russian state-run Sputnik agency",
        "the IRNA news agency",
        "the Mehr news agency",
        "the Fars News Agency",
        "the conservative daily Kayhan",
        "the Syrian news agency SANA",
        "the Houthi al-Masirah channel",
        "Nour News, which is affiliated with the Supreme National Security Council,",
        "the opposition website Enab Baladi",
        "the Kurdish Rudaw network",
        "al-Alam",
        "the Defa Press news agency",
        "the Hezbollah-affiliated al-Manar channel",
    ];

    /// <summary>Outlets after "In an interview with …".</summary>
    public static readonly string[] Interviewers =
    [
        "the al-Mayadeen channel", "the Tasnim News Agency", "the Iraqi al-Sumaria channel", "the al-Jazeera channel",
        "the IRNA news agency", "the Russian Sputnik agency", "Press TV", "the Khabar Online website",
        "the Lebanese al-Akhbar daily", "the ISNA news agency",
    ];

    public static readonly string[] Handles =
    [
        "@eastsyria_watch", "@furat_monitor", "badia_desk", "@deir_news24", "@levant_lens", "@mesopotamia_now",
        "@ahwaz_observer", "basra_reports", "@qalamoun_voice", "@houran_free", "@sanaa_insider", "@gaza_wire",
        "herat_daily", "@sinjar_notes", "@tartus_port_watch",
    ];

    public static readonly string[] IranianCities =
    [
        "Tehran", "Mashhad", "Isfahan", "Qom", "Shiraz", "Tabriz", "Ahvaz", "Kerman", "Zanjan", "Yazd",
    ];

    public static readonly string[] IranianProvinces =
    [
        "Isfahan", "Mazandaran", "Khorasan Razavi", "Gilan", "Golestan", "Kerman", "Lorestan", "Hamadan",
    ];

    public static readonly string[] Adversaries =
    [
        "the United States", "the United States", "Israel", "Israel", "Saudi Arabia", "the West",
        "the American administration", "the Zionist regime",
    ];

    public static readonly string[] Spheres =
    [
        "energy", "trade", "health", "higher education", "agriculture", "transportation", "culture", "security",
        "housing", "tourism", "banking", "water management",
    ];

    public static readonly string[] Quotes =
    [
        "a flagrant violation of international law", "an act of state terrorism", "a desperate attempt to cover up defeat",
        "a crime that will not go unanswered", "a plot hatched in Washington and Tel Aviv", "a grave mistake",
        "a dangerous escalation", "psychological warfare", "fake news", "a new incitement",
    ];

    public static readonly string[] Agencies = ["Fars", "Tasnim", "Mehr", "IRNA", "ISNA", "ILNA"];

    public static readonly string[] Billions = ["two", "three", "four", "five", "six", "eight", "ten"];

    public static readonly string[] Counts =
    [
        "several hundred", "about 2,000", "more than 30,000", "100,000", "about 250,000", "nearly 1,500", "some 40",
        "dozens of",
    ];

    public static readonly string[] Agreements =
    [
        "establish a joint committee to follow up on the projects",
        "hold the next round of talks in Tehran within two months",
        "increase the number of weekly flights between the two capitals",
        "simplify the procedures for issuing visas to businessmen",
        "open a branch of an Iranian bank in {capital}",
        "expand the exchange of students and lecturers",
        "set up a joint company for the production of medicines",
        "renew the agreement on the supply of electricity",
        "hold an exhibition of Iranian products in {capital} next spring",
    ];

    public static readonly string[] Details =
    [
        "the number of participants", "the date of the next meeting", "the identity of the other members of the delegation",
        "the cost of the projects", "the source of the information", "how long the visit would last",
        "whether Iranian advisers were present",
    ];

    // ---- templates shared by the regions ----

    public static readonly string[] RegionOpeners =
    [
        "*On {date}, a delegation headed by {official} arrived in {capital} for talks with {localrole} and other senior officials.",
        "*{Official} met in {capital} with {local} and discussed {subject}.",
        "{Reporter} reported ({date}) that {clause}.",
        "*In an interview with {interviewer} ({date}), {official} stated that {clause}.",
        "*{Official} condemned {event} and described it as “{quote}.”",
        "{Opposition} reported that {clause}.",
        "*The {adj} ambassador in Tehran met with {official} and briefed him on {subject}.",
        "Iranian media outlets continued to follow {event} and blamed {adversary} for the escalation.",
        "*{Official} announced that Iran is ready to expand its cooperation with {country} in the sphere of {sphere}.",
        "*Following {event}, {official} held a phone call with {localrole} and expressed Iran’s solidarity with the {adj} people.",
        "*On {date}, {local} arrived in Tehran at the invitation of {role} for a visit of several days.",
        "*Senior Iranian officials welcomed the results of the talks on {subject}, and {role} stated that {clause}.",
    ];

    public static readonly string[] RegionFollowers =
    [
        "During the meeting, the two sides discussed {subject} and agreed to {agreement}.",
        "*He stressed that {clause}.",
        "*According to him, {clause}.",
        "Additionally, {official} said that {clause}.",
        "Meanwhile, {reporter} quoted {localrole} as saying that {clause}.",
        "The two sides also signed a memorandum of understanding on {subject}.",
        "*He added that {clause}, and that {clause}.",
        "On {date}, {official} stated that {clause}.",
        "According to some of the reports, {clause}.",
        "The visit came against the background of {event}.",
        "{Official} praised {ally} and stated that {clause}.",
        "In parallel, {local} announced that {clause}.",
        "The report did not mention {detail}.",
        "It should be noted that {clause}.",
        "The {agency} news agency quoted {localrole} as saying that the talks were held in a positive atmosphere.",
        "{Reporter} reported ({date}) that {clause}.",
        "In his weekly press conference, the Spokesman of the Iranian Ministry of Foreign Affairs said that {clause}.",
    ];

    public static readonly string[] RegionClauses =
    [
        "Iran will continue to stand by {ally} in all spheres",
        "{adversary} bears full responsibility for the instability in the region",
        "the volume of trade between Iran and {country} is expected to reach {billions} billion dollars by the end of the Iranian year",
        "the cooperation between the two countries in the sphere of {sphere} will be expanded in the coming months",
        "Iranian companies are ready to take part in {subject}",
        "the attack was a desperate attempt to divert attention from the failures of {adversary}",
        "a joint committee will be set up to follow the implementation of the agreements signed during the visit",
        "the security of the region can only be ensured by the countries of the region themselves",
        "the presence of foreign forces is the main cause of insecurity in {country}",
        "the enemies of the Islamic Republic are trying to drive a wedge between Iran and {country}",
        "the agreements will be implemented despite the American sanctions",
        "a delegation of Iranian experts will arrive in {city} next month to examine {subject}",
    ];

    // ---- templates a topic can use as well ----

    public static readonly string[] NeutralFollowers =
    [
        "*He stressed that {clause}.",
        "*According to him, {clause}.",
        "*He added that {clause}, and that {clause}.",
        "On {date}, {official} stated that {clause}.",
        "It should be noted that {clause}.",
        "Iranian media outlets gave the issue wide coverage in recent days, and several commentators called on the government to show restraint.",
        "Conservative newspapers in Tehran argued that {clause}.",
    ];

    public static readonly string[] NeutralClauses =
    [
        "the Islamic Republic will not give in to pressure and threats",
        "the sanctions have failed to achieve their goals",
        "the policy of maximum pressure has reached a dead end",
        "Iran has never sought to interfere in the internal affairs of other countries",
        "the decision was taken after consultations with the relevant institutions",
        "the other side must prove its good intentions in practice and not only in words",
    ];

    public static readonly string[] RegionCaptions =
    [
        "{Role} during a meeting with {localrole}.",
        "The meeting between {role} and {localrole}.",
        "{Localrole} receives the Iranian delegation.",
        "Members of the Iranian delegation during their visit to {city}.",
        "The signing ceremony of the memorandum of understanding in {capital}.",
        "A ceremony held in {city} in the presence of {role}.",
    ];

    /// <summary>Long lower-case words that the embedded word list holds, for hyphenated splits at a page break.</summary>
    public static readonly string[] SplittableWords =
    [
        "reconstruction", "cooperation", "negotiations", "government", "development", "organization", "agreement",
        "infrastructure", "representatives", "international", "commander", "parliament", "investment",
        "construction", "electricity", "delegation", "memorandum", "humanitarian", "assistance", "strategic",
    ];

    /// <summary>Compounds that a page break may cut at their hyphen.</summary>
    public static readonly string[] Compounds =
    [
        "pro-Iranian", "Iranian-backed", "Saudi-led", "Hezbollah-affiliated", "IRGC-affiliated", "Arabic-language",
        "state-run", "Iranian-made",
    ];

    // ---- the arenas ----

    public static readonly Arena[] Regions =
    [
        new("Syria", false, "Syria", "Syrian", "Damascus", NamePool.Arab,
            Cities: ["Damascus", "Aleppo", "Homs", "Latakia", "Deir ez-Zor", "al-Bukamal", "Palmyra", "Hama", "al-Mayadin", "Sayyida Zaynab"],
            Locals: ["the Syrian Prime Minister", "the Syrian Minister of Electricity", "the Syrian Minister of Economy and Foreign Trade",
                "the Syrian Deputy Minister of Foreign Affairs", "the Governor of Aleppo", "the Syrian Minister of Higher Education",
                "the Syrian Minister of Oil and Mineral Resources", "the Syrian ambassador in Tehran"],
            Allies: ["the Shia militias operating in Syria", "the Afghan Fatemiyoun Brigade", "the Pakistani Zainabiyoun Brigade",
                "the Syrian army", "the pro-Iranian militias in eastern Syria"],
            Subjects: ["the rebuilding of the power stations damaged in the war", "the renewal of direct flights between Tehran and Aleppo",
                "the supply of Iranian fuel to Syrian refineries", "the establishment of a joint bank to bypass the sanctions",
                "the return of Iranian pilgrims to the holy sites around Damascus", "the expansion of the free trade zone near the port of Latakia",
                "academic exchanges between universities in the two countries", "the construction of housing units in the suburbs of Aleppo"],
            Events: ["the air strike attributed to Israel on a weapons depot near Damascus airport", "the explosion at an ammunition depot south of Aleppo",
                "the drone attack on a base of the pro-Iranian militias near al-Bukamal", "the clashes between the militias and local tribal fighters in Deir ez-Zor",
                "the American strike on militia positions along the Euphrates"],
            Opposition: ["Syrian opposition sources", "Syrian opposition activists", "a monitoring network in eastern Syria", "local journalists in Deir ez-Zor"],
            Openers: ["{Opposition} reported that dozens of fighters of {ally} were moved from {city} to the desert east of Palmyra, apparently to reinforce the positions along the road to the Euphrates.",
                "A member of the IRGC from {province} province who served as a military adviser in Syria was killed in a clash with ISIS near {city}. His funeral was held in {irancity} in the presence of senior IRGC commanders."],
            Followers: ["Iranian military advisers reportedly supervised the fortification of positions around the T4 airbase.",
                "According to local residents, the militias took over several houses in the town and turned them into headquarters."],
            Clauses: ["the militias redeployed some of their forces from the area of al-Mayadin to the desert south of the Euphrates",
                "the IRGC had opened a new recruitment office in {city} that offers monthly salaries to young men who join the militias",
                "the presence of Iranian military advisers in Syria is legitimate and was requested by the Syrian government",
                "Iranian engineers will begin work on the repair of the power station in {city} within weeks"],
            Captions: ["Fighters of {ally} during a military parade near {city}.", "The Iranian delegation visits a power station near {city}."]),

        new("Iraq", false, "Iraq", "Iraqi", "Baghdad", NamePool.Arab,
            Cities: ["Baghdad", "Karbala", "Najaf", "Basra", "Mosul", "Erbil", "Samarra", "Baqubah", "Ramadi"],
            Locals: ["the Iraqi Prime Minister", "the Iraqi Minister of Foreign Affairs", "the Iraqi Minister of Electricity",
                "the Speaker of the Iraqi parliament", "the Chairman of the Popular Mobilization Committee",
                "the Secretary-General of the Badr Organization", "the Iraqi National Security Adviser", "the Governor of Basra"],
            Allies: ["the Popular Mobilization Units", "the Shia militias in Iraq", "the Badr Organization", "the Iranian-backed militias"],
            Subjects: ["the debts Iraq owes for Iranian gas and electricity", "the arrangements for the Arbaeen pilgrimage",
                "the security of the shared border", "the reopening of the border crossings closed during the pandemic",
                "the railway link between Shalamcheh and Basra", "the disarmament of Kurdish opposition groups in northern Iraq",
                "the formation of the new Iraqi government"],
            Events: ["the rocket attack on the American embassy in Baghdad's Green Zone", "the drone attack on a base hosting American forces in Anbar",
                "the protests in the southern provinces against power outages", "the Turkish strikes in the Kurdistan Region",
                "the killing of a militia commander near Karbala"],
            Opposition: ["Iraqi security sources", "Kurdish media outlets", "Iraqi political sources"],
            Openers: ["Ahead of the Arbaeen pilgrimage, the head of the Iranian Arbaeen Headquarters announced that {count} Iranian pilgrims are expected to cross into Iraq through the Mehran border crossing.",
                "*{Official} arrived for an unplanned visit in Baghdad and met with the commanders of {ally}."],
            Followers: ["The Iraqi government agreed to waive visa fees for Iranian pilgrims during the pilgrimage season.",
                "The militias have recently stepped up their demands for the withdrawal of the American forces from the country."],
            Clauses: ["the American forces must leave Iraq in accordance with the decision of the Iraqi parliament",
                "Iran will not allow Kurdish opposition groups to use Iraqi territory against it",
                "the supply of gas to the power stations in {city} will be resumed once the debts are paid",
                "{count} Iranian pilgrims are expected to cross into Iraq for the Arbaeen pilgrimage"],
            Captions: ["Iranian pilgrims crossing the border on their way to {city}.", "Commanders of {ally} meet the Iranian ambassador."]),

        new("Lebanon", false, "Lebanon", "Lebanese", "Beirut", NamePool.Arab,
            Cities: ["Beirut", "Tyre", "Sidon", "Baalbek", "Nabatieh", "Tripoli", "Hermel"],
            Locals: ["the Speaker of the Lebanese Parliament", "the Lebanese Minister of Foreign Affairs", "the Lebanese Minister of Health",
                "the Lebanese Minister of Energy", "the Deputy Secretary-General of Hezbollah", "the head of Hezbollah’s Executive Council"],
            Allies: ["Hezbollah", "the Amal movement", "the Islamic Health Committee", "the resistance in Lebanon"],
            Subjects: ["the supply of Iranian fuel to Lebanon", "the construction of two power stations",
                "the training of Lebanese medical teams in Iranian hospitals", "the reconstruction of the villages damaged along the border",
                "the supply of Iranian medicines to Lebanese pharmacies"],
            Events: ["the Israeli air strike in southern Lebanon", "the collapse of the Lebanese pound", "the shortage of fuel in Lebanon",
                "the American pressure on the Lebanese banking system"],
            Opposition: ["Lebanese opposition figures", "Lebanese media outlets"],
            Openers: ["Another shipment of Iranian fuel intended for Lebanon arrived at the Syrian port of Baniyas, from where it will be transported by tanker trucks to Hezbollah-affiliated stations in {city}.",
                "*{Official} visited Beirut and met with the Secretary-General of Hezbollah and with senior Lebanese officials."],
            Followers: ["The Iranian Committee for the Reconstruction of Lebanon has operated in the country for more than a decade.",
                "Hezbollah officials described the shipments as a breach of the siege imposed on Lebanon."],
            Clauses: ["Iran is prepared to send fuel tankers to Lebanon without waiting for permission from anyone",
                "{ally} is the main guarantor of Lebanon’s sovereignty",
                "the shipments of Iranian fuel will continue as long as the Lebanese people need them"],
            Captions: ["Tanker trucks carrying Iranian fuel enter {city}.", "The Iranian ambassador lays a wreath in {city}."]),

        new("Yemen", false, "Yemen", "Yemeni", "Sanaa", NamePool.Arab,
            Cities: ["Sanaa", "al-Hudaydah", "Marib", "Saada", "Aden", "Taiz"],
            Locals: ["the Houthi ambassador in Tehran", "the Houthi Minister of Foreign Affairs", "the spokesman of the Houthi movement",
                "the head of the Houthi Supreme Political Council", "a member of the Houthi political bureau"],
            Allies: ["the Houthis", "Ansar Allah", "the Houthi forces", "the Yemeni people"],
            Subjects: ["the humanitarian situation in Yemen", "the lifting of the blockade on the port of al-Hudaydah",
                "the ceasefire talks sponsored by the United Nations", "the entry of fuel ships to Yemeni ports",
                "the exchange of prisoners between the warring sides"],
            Events: ["the air strikes of the Saudi-led coalition on Sanaa", "the Houthi missile attack on oil facilities in Saudi Arabia",
                "the seizure of a weapons shipment in the Arabian Sea", "the fighting around Marib"],
            Opposition: ["Yemeni government sources", "Saudi media outlets"],
            Openers: ["Iranian media outlets rejected the claims of the spokesman of the Saudi-led coalition, who presented photos that allegedly document the presence of Iranian experts in {city}.",
                "*{Official} received the Houthi ambassador in Tehran and condemned {event}."],
            Followers: ["The Iranian Red Crescent Society announced that it is prepared to send medical teams to Yemen if the coalition allows them in.",
                "Houthi officials thanked Iran for its political support and denied receiving weapons from it."],
            Clauses: ["the Yemeni people will not surrender to the aggression of the coalition",
                "the accusations that Iran supplies weapons to the Houthis are baseless",
                "the only solution to the crisis in Yemen is a political one"],
            Captions: ["Demonstrators in {city} protest against the air strikes of the coalition.", "The Houthi delegation at a conference in Tehran."]),

        new("the Gulf", false, "the Gulf states", "Omani", "Muscat", NamePool.Arab,
            Cities: ["Muscat", "Doha", "Abu Dhabi", "Dubai", "Riyadh", "Kuwait City", "Manama"],
            Locals: ["the Omani Minister of Foreign Affairs", "the Qatari Minister of Foreign Affairs", "the Emirati national security adviser",
                "the Saudi Minister of Foreign Affairs", "the Kuwaiti ambassador in Tehran"],
            Allies: ["the Shia opposition in Bahrain", "the IRGC Navy", "Iranian traders in Dubai"],
            Subjects: ["freedom of navigation in the Strait of Hormuz", "the resumption of diplomatic relations between Iran and Saudi Arabia",
                "trade between Iran and the Emirates", "the security of shipping in the Gulf", "the participation of Iranian pilgrims in the Hajj"],
            Events: ["the seizure of a foreign oil tanker by the IRGC Navy", "the naval exercise of the IRGC near the Strait of Hormuz",
                "the arrival of an American aircraft carrier in the Gulf", "the sentencing of Shia activists in Bahrain"],
            Opposition: ["Gulf media outlets", "Bahraini opposition activists"],
            Openers: ["The IRGC Navy announced that it had seized a foreign tanker smuggling fuel near the island of Lark and detained its crew.",
                "*{Official} arrived in {city} for talks on {subject}."],
            Followers: ["The IRGC Navy has carried out several similar seizures in recent months.",
                "Oman has served for years as a channel for messages between Iran and its neighbours."],
            Clauses: ["the countries of the Gulf must not allow foreign fleets to endanger the security of the region",
                "Iran is prepared to sign a non-aggression pact with its neighbours in the Gulf",
                "the talks with Saudi Arabia are progressing in a positive direction"],
            Captions: ["Boats of the IRGC Navy during the exercise near the Strait of Hormuz.", "The Iranian delegation arrives in {city}."]),

        new("Afghanistan", false, "Afghanistan", "Afghan", "Kabul", NamePool.Afghan,
            Cities: ["Kabul", "Herat", "Mazar-e Sharif", "Kandahar", "Farah", "Zaranj", "Islam Qala"],
            Locals: ["the Afghan Minister of Commerce", "the governor of Herat province", "the Afghan Minister of Refugees",
                "the Afghan ambassador in Tehran", "the spokesman of the Afghan Ministry of Foreign Affairs"],
            Allies: ["the Shia Hazara community", "Afghan refugees in Iran", "the Fatemiyoun Brigade"],
            Subjects: ["the water rights of Iran in the Helmand River", "the situation of Afghan refugees in Iran",
                "the railway between Khaf and Herat", "the export of Iranian fuel to Afghanistan", "the security of the shared border"],
            Events: ["the clashes between Iranian and Afghan border guards", "the attack on a Shia mosque in Kandahar",
                "the deportation of undocumented Afghan migrants from Iran"],
            Opposition: ["Afghan media outlets", "sources in western Afghanistan"],
            Openers: ["The Iranian Ministry of Interior announced that {count} Afghan nationals residing in Iran without legal status were returned to Afghanistan through the Dogharoun crossing since the beginning of the month.",
                "*{Official} arrived for a visit in Kabul for meetings with senior officials of the Afghan government."],
            Followers: ["Afghan children residing in Iran will be permitted to enroll in Iranian schools regardless of their legal status.",
                "The two sides agreed to set up a joint committee to deal with border incidents."],
            Clauses: ["Iran will not tolerate the violation of its water rights in the Helmand River",
                "the export of fuel and gas from Iran to Afghanistan will be resumed next month",
                "the problems of Afghan refugees in Iran will be examined by a joint committee"],
            Captions: ["The Iranian special envoy arriving in {city}.", "Afghan migrants at the border crossing near {city}."]),

        new("the Palestinian Arena", false, "the Palestinian territories", "Palestinian", "Beirut", NamePool.Arab,
            Cities: ["Gaza", "Ramallah", "Jenin", "Nablus", "Khan Younis", "Rafah"],
            Locals: ["the head of the Hamas Politburo", "the Secretary-General of the Palestinian Islamic Jihad", "the Hamas representative in Tehran",
                "a senior official of the Popular Front for the Liberation of Palestine", "the spokesman of the Palestinian Islamic Jihad"],
            Allies: ["Hamas", "the Palestinian Islamic Jihad", "the resistance organizations in the Gaza Strip"],
            Subjects: ["Iranian financial support for the families of Palestinians killed in clashes", "the situation in the Gaza Strip",
                "cooperation between the resistance organizations", "the reconstruction of homes damaged in the Gaza Strip"],
            Events: ["the Israeli strikes in the Gaza Strip", "the rocket fire from the Gaza Strip",
                "the normalization agreements between Israel and Arab states", "the clashes at the al-Aqsa Mosque"],
            Opposition: ["Palestinian sources", "Arab media outlets"],
            Openers: ["*{Local} declared that {ally} is proud of its ties with Iran and stated that Iranian assistance reaches the resistance in all spheres.",
                "*{Official} met in Tehran with a delegation of {ally} headed by {localrole}."],
            Followers: ["The Palestinian official thanked Iran for its support and stressed that the resistance does not hide these relations.",
                "The delegation also met with the Commander of the IRGC Qods Force."],
            Clauses: ["the resistance in Palestine is stronger today than at any time in the past",
                "the normalization agreements will not bring security to Israel",
                "Iran will continue to support the resistance until the liberation of Jerusalem"],
            Captions: ["The meeting with the {ally} delegation in Tehran.", "A rally in {city} in support of the resistance."]),
    ];

    public static readonly Arena[] Topics =
    [
        new("The Nuclear Program", true, "Iran", "Iranian", "Vienna", NamePool.Western,
            Cities: ["Vienna", "Natanz", "Fordow", "Isfahan", "Arak", "Karaj"],
            Locals: ["the Director General of the International Atomic Energy Agency", "the European Union coordinator of the talks",
                "the Russian representative to the international organizations in Vienna", "the chief negotiators of Britain, France and Germany"],
            Allies: ["Russia", "China"],
            Subjects: ["the removal of the sanctions", "the verification of the centrifuge workshops", "the level of uranium enrichment",
                "the return of the inspectors", "the guarantees demanded by Iran"],
            Events: ["the resolution adopted by the Board of Governors", "the sabotage at the Natanz facility", "the breakdown of the talks in Vienna"],
            Opposition: ["Western diplomats"],
            Openers: ["On {date}, a new round of talks between Iran and the world powers on {subject} opened in Vienna.",
                "*{Official} stated that Iran will not accept any agreement that does not include {subject}.",
                "The Atomic Energy Organization of Iran announced that new centrifuges were installed at the facility in {city}.",
                "*{Official} met in Vienna with {localrole} and discussed {subject}.",
                "The International Atomic Energy Agency published a quarterly report according to which {clause}."],
            Followers: ["The next round of talks is expected to open in Vienna after the holidays.",
                "Iranian negotiators described the talks as “serious” but stressed that the other side must take practical steps.",
                "Western diplomats warned that the time left for reaching an agreement is running out.",
                "Meanwhile, {reporter} reported ({date}) that {clause}."],
            Clauses: ["Iran has increased its stockpile of enriched uranium", "the inspectors were allowed to replace the memory cards of the surveillance cameras",
                "Iran will continue enrichment at the Fordow facility", "any agreement must include guarantees that the United States will not withdraw again",
                "the removal of all sanctions is a precondition for Iran’s return to its commitments"],
            Captions: ["The Iranian negotiating team in Vienna.", "Centrifuges on display at an exhibition in Tehran."]),

        new("Relations with Russia and China", true, "Russia", "Russian", "Moscow", NamePool.Western,
            Cities: ["Moscow", "Beijing", "Astrakhan", "Shanghai", "Kazan"],
            Locals: ["the Russian Deputy Minister of Foreign Affairs", "the Chinese ambassador in Tehran", "the Russian Minister of Energy",
                "a delegation of the Chinese Ministry of Commerce"],
            Allies: ["Russia", "China"],
            Subjects: ["the North–South transport corridor", "the supply of Russian wheat to Iran", "Chinese investment in Iranian ports",
                "the use of national currencies in bilateral trade", "the joint naval exercise in the Indian Ocean"],
            Events: ["the new round of Western sanctions", "the visit of the Chinese foreign minister to the Gulf"],
            Opposition: ["Western analysts"],
            Openers: ["*{Official} arrived in {city} for talks on {subject}.",
                "*{Official} met in Tehran with {localrole} and discussed {subject}.",
                "On {date}, Iran, Russia and China began a joint naval exercise in the northern Indian Ocean."],
            Followers: ["The two sides agreed to increase the use of their national currencies in trade.",
                "Iranian officials presented the exercise as proof that attempts to isolate Iran have failed.",
                "{Reporter} reported ({date}) that {clause}."],
            Clauses: ["the strategic partnership with the East is a response to the hostility of the West",
                "the North–South corridor will shorten the shipping time between India and Russia by half",
                "the volume of trade with China will double within five years"],
            Captions: ["The Iranian and Russian delegations in {city}.", "Ships taking part in the joint exercise."]),
    ];
}
