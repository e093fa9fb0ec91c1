namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// A column width: "auto", "stretch", a relative weight (a JSON number) or pixels ("80px").
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
internal sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight, int? pixels)
    {
        Keyword = keyword;
        Weight = weight;
        Pixels = pixels;
    }

    public string? Keyword { get; }

    public int? Weight { get; }

    public int? Pixels { get; }

    public static ColumnWidth Auto { get; } = new("auto", null, null);

    public static ColumnWidth Stretch { get; } = new("stretch", null, null);

    public static ColumnWidth Relative(int weight) =>
        weight > 0 ? new(null, weight, null) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is positive.");

    public static ColumnWidth InPixels(int pixels) =>
        pixels > 0 ? new(null, null, pixels) : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A width is positive.");

    public override string ToString() =>
        Keyword ?? (Weight is { } w ? w.ToString(CultureInfo.InvariantCulture) : $"{Pixels!.Value.ToString(CultureInfo.InvariantCulture)}px");
}
