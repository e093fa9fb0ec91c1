// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Bot.Wire;
global using Collaboration.Fakes.Teams;
global using Collaboration.Simulator.People;
global using Collaboration.Simulator.Play;
global using Collaboration.Simulator.Teams;
global using System.Globalization;
global using System.Text.Json.Nodes;
