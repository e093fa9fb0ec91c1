using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Collaboration.Forums.Store.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// /health/live answers while the process runs; /health/ready also checks the database and the outbox, and says
    /// which check found what (e.g. archive jobs stuck after failures). Every host of the store maps the same two.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync });
        return endpoints;
    }
}
