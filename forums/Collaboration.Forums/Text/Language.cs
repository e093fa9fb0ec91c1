namespace Collaboration.Forums.Text;

/// <summary>The languages the product speaks: German first (the users are German administrations), English second.</summary>
public enum Language
{
    De,
    En,
}
