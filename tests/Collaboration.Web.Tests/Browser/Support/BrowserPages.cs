namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>The page tests run one after another: each starts a host and a Chromium, and two cores do not carry several.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserPages
{
    public const string Name = "Browser pages";
}
