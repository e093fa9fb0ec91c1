// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Forums.Answers;
global using Collaboration.Forums.Items;
global using Collaboration.Forums.Ports;
global using Collaboration.Forums.Results;
global using Collaboration.Forums.Series;
global using Collaboration.Forums.Text;
global using Collaboration.Forums.Validation;
