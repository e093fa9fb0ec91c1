using Collaboration.Forums.Answers;
using System.Text.Json;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Tests.Mapping;

/// <summary>
/// Stored answers read with compact, shared keys (reports and tallies hold tens of thousands of distinct answers).
/// What must not change: an answer read and written again is the same JSON (the store counts equal answers by their
/// text), and every kind's answer reads as what was written.
/// </summary>
public sealed class StoredAnswerJsonTests
{
    private static readonly JsonSerializerOptions CompactOptions = new(JsonSerializerDefaults.Web) { Converters = { new CompactDictionaryConverter() } };

    public static TheoryData<Answer> EveryShape() =>
    [
        new ChoiceAnswer(["beratung", "schulung"]),
        new RatingAnswer(4),
        new TextAnswer("Glasfaser für alle Ortsteile \"jetzt\" <bitte>"),
        new PointsAnswer(new Dictionary<string, int> { ["mobilitaet"] = 60, ["arbeiten"] = 40 }),
        new MatrixChoiceAnswer(new Dictionary<string, string> { ["strategie"] = "kreis", ["betrieb"] = "gemeinden" }),
        new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["gmbh"] = new Dictionary<string, int> { ["steuerung"] = 5, ["finanzierbarkeit"] = 3 },
            ["aoer"] = new Dictionary<string, int> { ["steuerung"] = 2, ["finanzierbarkeit"] = 4 },
        }),
    ];

    [Theory]
    [MemberData(nameof(EveryShape))]
    public void An_answer_read_back_is_written_as_the_same_json(Answer answer)
    {
        var stored = StoreJson.Write(answer);

        Assert.Equal(stored, StoreJson.Write(StoreJson.ReadAnswer(stored)));
    }

    [Theory]
    [MemberData(nameof(EveryShape))]
    public void The_compact_converter_writes_what_the_store_writes(Answer answer)
    {
        Assert.Equal(StoreJson.Write(answer), JsonSerializer.Serialize(StoreJson.ReadAnswer(StoreJson.Write(answer)), CompactOptions));
    }

    [Fact]
    public void Ratings_read_back_are_the_ratings_written_in_their_order()
    {
        var stored = StoreJson.Write<Answer>(new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["kooperation"] = new Dictionary<string, int> { ["tempo"] = 1, ["beteiligung"] = 5 },
            ["gmbh"] = new Dictionary<string, int> { ["tempo"] = 3, ["beteiligung"] = 2 },
        }));

        var ratings = Assert.IsType<MatrixRatingAnswer>(StoreJson.ReadAnswer(stored)).Ratings;

        Assert.Equal(["kooperation", "gmbh"], ratings.Keys);
        Assert.Equal(5, ratings["kooperation"]["beteiligung"]);
        Assert.True(ratings["gmbh"].TryGetValue("tempo", out var tempo));
        Assert.Equal(3, tempo);
        Assert.False(ratings.ContainsKey("aoer"));
        Assert.False(ratings["gmbh"].TryGetValue("Tempo", out _));
        Assert.Throws<KeyNotFoundException>(() => ratings["aoer"]);
    }

    [Fact]
    public void Two_answers_share_their_keys_instead_of_holding_copies()
    {
        const string Stored = """{"kind":"matrix","columnByRow":{"strategie":"kreis"}}""";

        var first = Assert.IsType<MatrixChoiceAnswer>(StoreJson.ReadAnswer(Stored)).ColumnByRow.Single();
        var second = Assert.IsType<MatrixChoiceAnswer>(StoreJson.ReadAnswer(Stored)).ColumnByRow.Single();

        Assert.Same(first.Key, second.Key);
        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public void Escaped_and_long_keys_read_as_written()
    {
        var longKey = new string('k', 300);
        const string Stored = """{"kind":"points","points":{"stra\u00dfe":10,"a\"b":5}}""";

        var points = Assert.IsType<PointsAnswer>(StoreJson.ReadAnswer(Stored)).Points;
        var longPoints = Assert.IsType<PointsAnswer>(StoreJson.ReadAnswer(StoreJson.Write<Answer>(new PointsAnswer(new Dictionary<string, int> { [longKey] = 7 })))).Points;

        Assert.Equal(10, points["straße"]);
        Assert.Equal(5, points["a\"b"]);
        Assert.Equal(7, longPoints[longKey]);
    }

    [Fact]
    public void A_key_given_twice_counts_once_with_its_last_value_as_before()
    {
        const string Stored = """{"kind":"points","points":{"a":10,"b":5,"a":30}}""";

        var points = Assert.IsType<PointsAnswer>(StoreJson.ReadAnswer(Stored)).Points;

        Assert.Equal(2, points.Count);
        Assert.Equal(30, points["a"]);
        Assert.Equal(StoreJson.Read<Answer>(Stored) is PointsAnswer p ? p.Points["a"] : -1, points["a"]);
    }
}
