using Collaboration.Forums.Text;

namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>The seed's three forums, with one item of every kind somewhere in them.</summary>
public static class SampleSeries
{
    // An offset other than UTC on purpose: the store must keep the instant whatever the offset.
    public static readonly DateTimeOffset CreatedAt = new(2025, 3, 4, 9, 30, 15, TimeSpan.FromHours(1));

    private static readonly Choice[] Operators =
    [
        new("eigenbetrieb", new("Eigenbetrieb")),
        new("aoer", new("AöR", "Public-law institution")),
        new("gmbh", new("GmbH")),
    ];

    public static ForumSeries Create()
    {
        var topics = new List<Topic> { new("mobility", new("Smart Mobility im ländlichen Raum", "Smart mobility")), new("work", new("Arbeiten 4.0")) };
        var groups = new List<StakeholderGroup> { new("kommune", new("Kommune", "Municipality")), new("wirtschaft", new("Unternehmen")) };
        var forum1 = new Forum(Guid.NewGuid(), 1, new("Chancen und Bedarfe", "Opportunities and needs"), new("Impulse und Kurzabfrage"), ForumStatus.Draft,
        [
            new ForumItem(Guid.NewGuid(), "priority", 1, new("Welches Thema zuerst?"),
                new SingleChoiceSpec([new("mobility", new("Mobilität")), new("work", new("Arbeit", "Work"))]), anonymous: false),
            new ForumItem(Guid.NewGuid(), "channels", 2, new("Welche Kanäle nutzen Sie?"),
                new MultipleChoiceSpec([new("mail", new("E-Mail")), new("teams", new("Teams")), new("portal", new("Portal"))], 2), anonymous: true),
            new ForumItem(Guid.NewGuid(), "maturity", 3, new("Wie digital ist Ihre Verwaltung?"),
                new RatingScaleSpec(1, 5, new("gar nicht", "not at all"), null), anonymous: true, help: new("1 = gar nicht, 5 = voll")),
            new ForumItem(Guid.NewGuid(), "comment", 4, new("Anmerkungen"), new OpenTextSpec(500), anonymous: false),
            new ForumItem(Guid.NewGuid(), "needs", 5, new("Bedarfe, Anforderungen, Wünsche, Hürden"),
                new NeedsCollectionSpec([NeedKind.Need, NeedKind.Requirement, NeedKind.Wish, NeedKind.Obstacle], 280), anonymous: false),
        ]);
        var forum2 = new Forum(Guid.NewGuid(), 2, new("Leistungsspektrum, Rollen und Aufgaben"), null, ForumStatus.Draft,
        [
            new ForumItem(Guid.NewGuid(), "services", 1, new("Welche Leistungen zuerst?"),
                new PointsSpec([new("consulting", new("Beratung"))], 10, 5, RequireFullBudget: false), anonymous: false,
                carryOver: new CarryOverRule(1, "needs", 5)),
            new ForumItem(Guid.NewGuid(), "roles", 2, new("Wer übernimmt welche Rolle?"),
                new MatrixChoiceSpec([new("training", new("Schulung"))], [new("district", new("Landkreis")), new("town", new("Kommune"))]), anonymous: false),
        ]);
        var forum3 = new Forum(Guid.NewGuid(), 3, new("Organisation, Betreiber- und Geschäftsmodelle"), null, ForumStatus.Draft,
        [
            new ForumItem(Guid.NewGuid(), "operators", 1, new("Bewerten Sie die Betreibermodelle"),
                new MatrixRatingSpec(Operators, [new("cost", new("Kosten")), new("control", new("Steuerung"))], 1, 5), anonymous: true),
        ]);
        return new ForumSeries(Guid.NewGuid(), new("Digitalisierungszentrum Salzlandkreis", "Digitalisation centre"), new("Ein regionales Zentrum aufbauen"),
            "user-moderator", CreatedAt, groups, topics, [forum1, forum2, forum3], ["user-co-moderator"], minGroupSize: 4,
            implementationPath: [new Milestone(new("Aufbau", "Set-up"), new("Team gründen"), "2025-Q3"), new Milestone(new("Pilotierung"), new("Pilot in zwei Kommunen"), null)]);
    }
}
