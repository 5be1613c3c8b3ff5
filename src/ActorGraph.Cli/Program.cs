using System.CommandLine;
using ActorGraph.Cli.Commands;

var root = new RootCommand("ActorGraph: geopolitical actors and their relations, extracted from news and queried as a graph.");
// One line per command; each command lives in Commands/<Name>Command.cs.
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
