namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// An element of a card body. The JSON "type" of every element comes from this list, so a nested element
/// (inside a Container, a Column, a fallback) is written with its Adaptive Card type name as well.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ChartHorizontalBar), "Chart.HorizontalBar")]
[JsonDerivedType(typeof(ChartVerticalBar), "Chart.VerticalBar")]
[JsonDerivedType(typeof(ChartPie), "Chart.Pie")]
[JsonDerivedType(typeof(ChartDonut), "Chart.Donut")]
internal abstract record CardElement
{
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    /// <summary>What a host that does not know this element shows instead.</summary>
    public ElementFallback? Fallback { get; init; }
}
