namespace Collaboration.Simulator.People;

/// <summary>
/// The people of a simulated series: stakeholder groups in the proportions of a district forum (many
/// municipalities, fewer science and civil society), with German names and organisations of the Salzlandkreis.
/// Everything follows from the seed.
/// </summary>
internal static class Population
{
    private static readonly (string Group, double Weight)[] Groups =
    [
        ("kommune", 0.32), ("kommunale-einrichtung", 0.10), ("landkreis", 0.10),
        ("unternehmen", 0.22), ("wissenschaft", 0.10), ("zivilgesellschaft", 0.16),
    ];

    private static readonly string[] Towns =
    [
        "Bernburg (Saale)", "Staßfurt", "Schönebeck (Elbe)", "Aschersleben", "Calbe (Saale)", "Könnern", "Nienburg (Saale)",
        "Barby", "Hecklingen", "Egeln", "Güsten", "Alsleben (Saale)", "Ilberstedt", "Bördeland", "Seeland", "Bördeaue",
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Jörg", "Katrin", "Thomas", "Sabine", "Michael", "Ulrike", "Stefan", "Jana", "Frank", "Heike", "Matthias",
        "Susanne", "André", "Petra", "Sören", "Claudia", "René", "Doreen", "Marcel", "Grit", "Sebastian", "Ines", "Maik",
    ];

    private static readonly string[] LastNames =
    [
        "Müller", "Schulze", "Schmidt", "Köhler", "Weiß", "Krüger", "Wagner", "Böhme", "Hoffmann", "Schäfer", "Lehmann",
        "Günther", "Fröhlich", "Schröder", "Große", "Jäger", "Voigt", "Müncheberg", "Rößler", "Thäle",
    ];

    public static IReadOnlyList<SimParticipant> Create(int count, int seed)
    {
        var random = new Random(seed);
        var people = new List<SimParticipant>(count);
        for (var i = 0; i < count; i++)
        {
            var group = Pick(random);
            var town = Towns[random.Next(Towns.Length)];
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var objectId = NewGuid(random);
            var (organisation, municipality) = OrganisationOf(group, town, random);
            // Most people answer most questions; a few drop in for one or two.
            var diligence = random.NextDouble() < 0.1 ? 0.35 : 0.8 + (0.2 * random.NextDouble());
            people.Add(new SimParticipant(i, TeamsUser.FromObjectId(objectId, name), group, organisation, municipality, diligence));
        }

        return people;
    }

    /// <summary>A GUID drawn from <paramref name="random"/>, so user ids repeat with the seed.</summary>
    public static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Pick(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (group, weight) in Groups)
        {
            if ((roll -= weight) < 0)
            {
                return group;
            }
        }

        return Groups[^1].Group;
    }

    private static (string Organisation, string? Municipality) OrganisationOf(string group, string town, Random random) => group switch
    {
        "kommune" => ($"{(random.Next(3) == 0 ? "Gemeinde" : "Stadt")} {town}", town),
        "kommunale-einrichtung" => ($"{Choose(random, "Stadtwerke", "Wohnungsbaugesellschaft", "Musikschule", "Eigenbetrieb Kitas")} {town}", town),
        "landkreis" => ($"Landkreis Salzlandkreis, {Choose(random, "Amt für Digitalisierung", "Wirtschaftsförderung", "Schulverwaltungsamt", "Ordnungsamt", "Hauptamt")}", null),
        "unternehmen" => (string.Create(CultureInfo.InvariantCulture, $"{Choose(random, "Salzland", "Elbe-Saale", "Börde", "Mitteldeutsche")} {Choose(random, "Logistik", "Software", "Agrar", "Maschinenbau", "Pflegedienste", "Energie")} {Choose(random, "GmbH", "GmbH & Co. KG", "AG", "eG")}"), town),
        "wissenschaft" => (Choose(random, "Hochschule Anhalt", "Martin-Luther-Universität Halle-Wittenberg", "Fraunhofer IFF Magdeburg", "Otto-von-Guericke-Universität Magdeburg"), null),
        _ => ($"{Choose(random, "Heimatverein", "Seniorenbeirat", "Jugendclub", "Förderverein Ehrenamt", "Bürgerinitiative Mobilität")} {town}", town),
    };

    private static string Choose(Random random, params string[] options) => options[random.Next(options.Length)];
}
