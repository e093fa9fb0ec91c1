using Microsoft.Extensions.Compliance.Classification;

namespace Collaboration.Telemetry;

/// <summary>
/// The data classes of this product (docs/privacy.md): personal data is whatever identifies a person or a
/// conversation (names, UPNs, AAD and Teams ids, conversation ids, answer text) or may carry it (a service's error
/// text, a request path). Telemetry erases values of this class before export.
/// </summary>
public static class DataTaxonomy
{
    public const string TaxonomyName = "Collaboration";

    public static DataClassification PersonalData { get; } = new(TaxonomyName, nameof(PersonalData));
}

/// <summary>Marks a log parameter or property that may hold personal data (see <see cref="DataTaxonomy"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataTaxonomy.PersonalData);
