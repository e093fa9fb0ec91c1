// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
// The domain namespaces shared with the other domain consumers come from forums/Collaboration.Forums/DomainUsings.props.
global using Collaboration.Bot.Cards.Factories;
global using Collaboration.Bot.Cards.Model;
global using Collaboration.Bot.Delivery;
global using Collaboration.Bot.Hosting;
global using Collaboration.Bot.Interaction;
global using Collaboration.Bot.Localization;
global using Collaboration.Bot.Wire;
global using Collaboration.Forums.Ports;
global using Microsoft.Extensions.Options;
global using System.Globalization;
global using System.Text.Json.Nodes;
global using System.Text.Json.Serialization;
