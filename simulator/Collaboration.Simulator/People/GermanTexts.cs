namespace Collaboration.Simulator.People;

/// <summary>
/// Open answers and needs as participants of a district forum write them: short, concrete, in German, composed from
/// a stock of phrases so that 10,000 people do not all say the same sentence (and some do, as in real forums).
/// </summary>
internal static class GermanTexts
{
    private static readonly string[] Opportunities =
    [
        "Ein gemeinsames Bürgerportal würde unseren Bürgerinnen und Bürgern viele Wege ins Rathaus ersparen.",
        "Mit Rufbussen, die per App bestellt werden, kämen ältere Menschen auch abends noch nach Bernburg.",
        "Digitale Akten würden die Zusammenarbeit zwischen Gemeinde und Landkreis deutlich beschleunigen.",
        "Coworking-Räume im Dorf könnten Pendlerinnen und Pendler in der Region halten.",
        "Gemeinsame Schulungen würden unsere Beschäftigten sicherer im Umgang mit neuen Fachverfahren machen.",
        "Offene Daten zu Fahrplänen und Baustellen würden Unternehmen und Vereinen die Planung erleichtern.",
        "Videosprechstunden der Verwaltung sparen vor allem in den Ortsteilen viel Fahrzeit.",
        "Eine gemeinsame Beschaffung von Hard- und Software würde uns Kosten und Ausschreibungsaufwand sparen.",
        "Sensoren an Straßenlaternen und Parkplätzen könnten den Winterdienst und das Parken besser steuern.",
        "Eine Plattform für Ehrenamt und Vereine würde helfen, Helferinnen und Helfer schneller zu finden.",
    ];

    private static readonly string[] Examples =
    [
        "Bei uns dauert ein Bauantrag heute noch mehrere Wochen.",
        "Unsere Auszubildenden erwarten das inzwischen selbstverständlich.",
        "Im letzten Winter haben wir dafür noch drei Telefonketten gebraucht.",
        "Das würde vor allem den kleinen Gemeinden ohne eigene IT helfen.",
        "Ein Pilot in zwei Ortsteilen wäre ein guter Anfang.",
        "Dafür fehlt uns allein schlicht das Personal.",
        "",
    ];

    private static readonly string[] Contributions =
    [
        "Wir können Räume für Workshops und Schulungen zur Verfügung stellen.",
        "Unsere IT-Abteilung kann Erfahrungen mit der Einführung der E-Akte teilen.",
        "Wir bringen Studierende für Praxisprojekte und Abschlussarbeiten ein.",
        "Wir stellen anonymisierte Verkehrs- und Energiedaten bereit.",
        "Wir beteiligen uns mit einer halben Stelle an der Projektkoordination.",
        "Unser Netzwerk aus Handwerksbetrieben steht für Pilotprojekte bereit.",
        "Wir können ehrenamtliche Digitallotsinnen und -lotsen vermitteln.",
    ];

    private static readonly string[] Conditions =
    [
        "Wenn die Kosten fair nach Einwohnerzahl verteilt werden.",
        "Wenn wir in den Gremien ein echtes Mitspracherecht haben.",
        "Wenn die ersten Leistungen innerhalb eines Jahres spürbar ankommen.",
        "Wenn Datenschutz und Informationssicherheit von Anfang an geregelt sind.",
        "Wenn Fördermittel die Anlaufphase absichern.",
        "Wenn kleine Gemeinden nicht mehr zahlen müssen als sie nutzen.",
    ];

    private static readonly Dictionary<string, string[]> NeedsByTopic = new(StringComparer.Ordinal)
    {
        ["smart-mobility"] =
        [
            "Rufbus per App in allen Ortsteilen",
            "Echtzeitdaten für Busse und Bahnen im ganzen Landkreis",
            "Gemeinsame Plattform für Mitfahrgelegenheiten",
            "Ladeinfrastruktur für E-Autos an Verwaltungsstandorten",
            "Digitale Parkraumsteuerung in den Innenstädten",
        ],
        ["arbeiten-4-0"] =
        [
            "Coworking-Spaces in den Grundzentren",
            "Schulungen zu digitalen Fachverfahren für Verwaltungsbeschäftigte",
            "Einheitliche Ausstattung für mobiles Arbeiten",
            "Qualifizierungsangebote für kleine und mittlere Unternehmen",
            "Gemeinsamer Pool an IT-Fachkräften",
        ],
        ["iuk-management"] =
        [
            "Gemeinsames Bürgerportal mit allen OZG-Leistungen",
            "Einheitliche E-Akte für Landkreis und Gemeinden",
            "Zentrale Ansprechperson für Informationssicherheit",
            "Flächendeckendes Breitband in den Gewerbegebieten",
            "Offene Datenplattform für den Salzlandkreis",
        ],
        ["sonstiges"] =
        [
            "Digitale Vereinsverwaltung für das Ehrenamt",
            "Lotsendienst für Fördermittel der Digitalisierung",
            "Gemeinsame Beschaffung von Hard- und Software",
        ],
    };

    public static string OpenAnswer(string itemKey, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var stock = itemKey switch
        {
            "beitrag" => Contributions,
            "bedingungen" => Conditions,
            _ => Opportunities,
        };
        var first = stock[random.Next(stock.Length)];
        var example = stock == Opportunities ? Examples[random.Next(Examples.Length)] : string.Empty;
        return example.Length == 0 ? first : first + " " + example;
    }

    /// <summary>A need for the topic; popular needs come up more often, as they do when many people share them.</summary>
    public static string Need(string topicKey, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var stock = NeedsByTopic.TryGetValue(topicKey, out var found) ? found : NeedsByTopic["sonstiges"];
        // Squaring the roll favours the first entries: a few needs are shared widely, the rest less so.
        var roll = random.NextDouble();
        return stock[(int)(roll * roll * stock.Length)];
    }
}
