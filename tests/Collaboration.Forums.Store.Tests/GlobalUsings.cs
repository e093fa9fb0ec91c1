// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Fakes.Postgres;
global using Collaboration.Fixtures;
global using Collaboration.Forums.Answers;
global using Collaboration.Forums.Application;
global using Collaboration.Forums.Items;
global using Collaboration.Forums.Participants;
global using Collaboration.Forums.Ports;
global using Collaboration.Forums.Privacy;
global using Collaboration.Forums.Series;
global using Collaboration.Forums.Store.Tests.Support;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Time.Testing;
global using Npgsql;
global using Xunit;
