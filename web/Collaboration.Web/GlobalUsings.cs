// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
// The domain namespaces shared with the other domain consumers come from forums/Collaboration.Forums/DomainUsings.props.
global using Collaboration.Forums.Validation;
global using Collaboration.Web.Api;
global using Collaboration.Web.Api.LiveItems;
global using Collaboration.Web.Api.Views;
global using Collaboration.Web.Localization;
global using Collaboration.Web.SignIn;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using System.Text.Json;
global using System.Text.Json.Nodes;
