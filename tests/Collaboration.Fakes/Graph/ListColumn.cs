namespace Collaboration.Fakes.Graph;

/// <summary>A column of a fake SharePoint list: its API name, its type facet (text, note, number, dateTime, personOrGroup) and whether it is indexed.</summary>
public sealed record ListColumn(string Id, string Name, string Type, bool Indexed, bool ReadOnly = false);
