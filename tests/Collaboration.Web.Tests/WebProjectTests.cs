using Collaboration.Web;

namespace Collaboration.Web.Tests;

/// <summary>The web app stays free of Bot Framework types, so a move to the Agents SDK touches bot/ alone.</summary>
public sealed class WebProjectTests
{
    [Fact]
    public void The_web_app_references_no_Bot_Framework_assembly()
    {
        var references = typeof(WebExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Bot", StringComparison.Ordinal));
    }
}
