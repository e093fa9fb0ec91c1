// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
// The domain namespaces shared with the other domain consumers come from forums/Collaboration.Forums/DomainUsings.props.
global using Collaboration.Reports.Charts;
global using Collaboration.Reports.Deck;
global using Collaboration.Reports.Kinds;
global using Collaboration.Reports.Model;
global using Collaboration.Reports.Packaging;
global using Collaboration.Reports.Text;
global using Collaboration.Reports.Theming;
global using Collaboration.Reports.Word;
global using DocumentFormat.OpenXml;
global using DocumentFormat.OpenXml.Packaging;
global using DocumentFormat.OpenXml.Wordprocessing;
global using System.Globalization;
