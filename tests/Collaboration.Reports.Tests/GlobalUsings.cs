// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Forums.Ports;
global using Collaboration.Reports.Building;
global using Collaboration.Reports.Fragments;
global using Collaboration.Reports.Model;
global using Collaboration.Reports.Word;
global using Collaboration.Reports.Tests.Fragments.Merging;
global using Collaboration.Reports.Tests.Support;
global using DocumentFormat.OpenXml.Packaging;
global using DocumentFormat.OpenXml.Wordprocessing;
global using Microsoft.Extensions.Time.Testing;
