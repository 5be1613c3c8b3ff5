using System.CommandLine;
using ActorGraph.Query;
using ActorGraph.Query.Export;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph export --format F</c>: the graph, or the neighbourhood around an actor, in a file format for other tools.</summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, GraphExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = GraphExportFormat.GraphML,
        ["gexf"] = GraphExportFormat.Gexf,
        ["dot"] = GraphExportFormat.Dot,
        ["json"] = GraphExportFormat.Json,
        ["csv"] = GraphExportFormat.Csv,
        ["cypher"] = GraphExportFormat.Cypher,
    };

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "graphml, gexf (Gephi, with a timeline), dot, json (node-link), csv (neo4j-admin import: two files) or cypher.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (for csv, the folder for actors.csv and relations.csv); stdout when left out." };
        var around = new Option<string?>("--around") { Description = "Export only the neighbourhood of this actor (id, name or alias)." };
        var depth = new Option<int>("--depth") { Description = "Hops around --around.", DefaultValueFactory = _ => 1 };
        depth.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--depth must not be negative"); } });
        var evidence = new Option<int>("--evidence") { Description = "json only: up to this many evidence sentences per link.", DefaultValueFactory = _ => 0 };
        evidence.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--evidence must not be negative"); } });
        var gexfVersion = new Option<string>("--gexf-version")
        {
            Description = "gexf only: 1.2draft (the default; Gephi, networkx and igraph read it) or 1.3 (Gephi 0.9+).",
            DefaultValueFactory = _ => "1.2draft",
        };
        gexfVersion.AcceptOnlyFromAmong("1.2draft", "1.3");
        var types = QueryOptions.Types();
        var since = QueryOptions.Since();
        var until = QueryOptions.Until();
        var command = new Command(
            "export",
            "Write the graph (everything, or what the filters keep, or the neighbourhood of --around) for yEd, Gephi, Graphviz, d3 or Neo4j.")
        {
            format, output, around, depth, types, since, until, evidence, gexfVersion, StoreLocation.StoreOption,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var chosen = Formats[parseResult.GetValue(format)!];
            var path = parseResult.GetValue(output);
            if (chosen == GraphExportFormat.Csv && string.IsNullOrWhiteSpace(path))
            {
                return Task.FromResult(StoreCommand.Fail("csv writes two files (actors.csv and relations.csv): name their folder with -o"));
            }

            return QueryOptions.RunAsync(parseResult, async (store, graph) =>
            {
                // Without filter options the export is the whole store, hypothetical relations included.
                var filtered = parseResult.GetValue(types) is { Length: > 0 } || parseResult.GetValue(since) is not null || parseResult.GetValue(until) is not null;
                var filter = QueryOptions.Filter(parseResult, types, since, until);
                var subgraph = parseResult.GetValue(around) is { } center
                    ? graph.Around(QueryOptions.Resolve(graph, center), parseResult.GetValue(depth), filter)
                    : graph.ToSubgraph(filtered ? filter : null);

                if (chosen == GraphExportFormat.Csv)
                {
                    var (actors, relations) = await new Neo4jCsvExporter().WriteToDirectoryAsync(subgraph, path!, cancellationToken).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync($"wrote {subgraph.Actors.Count} actors to {TerminalText.Safe(actors)} and {subgraph.Relations.Count} relations to {TerminalText.Safe(relations)}").ConfigureAwait(false);
                    return 0;
                }

                var version = parseResult.GetValue(gexfVersion) == "1.3" ? GexfVersion.V1_3 : GexfVersion.V1_2Draft;
                var exporter = GraphExporters.For(chosen, store, parseResult.GetValue(evidence), version);
                if (string.IsNullOrWhiteSpace(path))
                {
                    var stdout = Console.OpenStandardOutput();
                    await using (stdout.ConfigureAwait(false))
                    {
                        await exporter.WriteAsync(subgraph, stdout, cancellationToken).ConfigureAwait(false);
                    }

                    return 0;
                }

                var file = File.Create(path);
                await using (file.ConfigureAwait(false))
                {
                    await exporter.WriteAsync(subgraph, file, cancellationToken).ConfigureAwait(false);
                }

                await Console.Error.WriteLineAsync($"wrote {subgraph.Actors.Count} actors and {subgraph.Relations.Count} relations to {TerminalText.Safe(Path.GetFullPath(path))}").ConfigureAwait(false);
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
