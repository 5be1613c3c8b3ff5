using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Events;
using ActorGraph.Query;
using ActorGraph.Query.Paths;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph path FROM TO</c>: the shortest path, or the k shortest, between two actors.</summary>
internal static class PathCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "The first actor: id, name or alias." };
        var to = new Argument<string>("to") { Description = "The last actor: id, name or alias." };
        var k = new Option<int>("--k") { Description = "How many paths, shortest first.", DefaultValueFactory = _ => 1 };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path considered, in hops.", DefaultValueFactory = _ => ActorPaths.DefaultMaxHops };
        var directed = new Option<bool>("--directed") { Description = "Follow relations only from actor to target (meetings, agreements and cooperation still read both ways)." };
        var weighting = new Option<string>("--weighting")
        {
            Description = "hops (fewest steps, the default) or evidence (strong, recent ties are shorter).",
            DefaultValueFactory = _ => "hops",
        };
        weighting.AcceptOnlyFromAmong("hops", "evidence");
        var types = QueryOptions.Types();
        var since = QueryOptions.Since();
        var until = QueryOptions.Until();
        var format = OutputFormat.TableOrJson();
        k.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--k must be at least 1"); } });
        maxHops.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--max-hops must be at least 1"); } });
        var command = new Command("path", "Find how two actors are connected: the shortest path, or the k shortest.")
        {
            from, to, k, maxHops, directed, weighting, types, since, until, format, StoreLocation.StoreOption,
        };
        command.SetAction((parseResult, cancellationToken) => QueryOptions.RunAsync(parseResult, (_, graph) =>
        {
            var source = QueryOptions.Resolve(graph, parseResult.GetValue(from)!);
            var target = QueryOptions.Resolve(graph, parseResult.GetValue(to)!);
            var filter = QueryOptions.Filter(parseResult, types, since, until, parseResult.GetValue(directed));
            var by = parseResult.GetValue(weighting) == "evidence" ? PathWeighting.Evidence : PathWeighting.Hops;
            var count = parseResult.GetValue(k);
            var hops = parseResult.GetValue(maxHops);
            IReadOnlyList<ActorPath> paths = count == 1
                ? graph.ShortestPath(source, target, filter, by, hops) is { } path ? [path] : []
                : graph.KShortestPaths(source, target, count, filter, hops, by);
            if (parseResult.IsJson(format))
            {
                QueryOptions.PrintJson(json => WriteJson(json, graph, source, target, paths));
            }
            else
            {
                WriteTable(graph, source, target, paths);
            }

            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static void WriteJson(Utf8JsonWriter json, ActorGraphSnapshot graph, Core.Actors.ActorId source, Core.Actors.ActorId target, IReadOnlyList<ActorPath> paths)
    {
        json.WriteStartObject();
        json.WriteString("from", source.Value);
        json.WriteString("to", target.Value);
        json.WriteStartArray("paths");
        foreach (var path in paths)
        {
            json.WriteStartObject();
            json.WriteNumber("length", path.Length);
            json.WriteNumber("cost", path.Cost);
            json.WriteStartArray("actors");
            foreach (var actor in path.Actors)
            {
                json.WriteStartObject();
                QueryOptions.WriteActor(json, actor);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("hops");
            foreach (var hop in path.Hops)
            {
                json.WriteStartObject();
                json.WriteString("from", hop.From.Id.Value);
                json.WriteString("to", hop.To.Id.Value);
                json.WriteStartArray("types");
                foreach (var type in hop.Types)
                {
                    json.WriteStringValue(type.ToName());
                }

                json.WriteEndArray();
                json.WriteNumber("weight", hop.Weight);
                json.WriteStartArray("relations");
                foreach (var relation in hop.Relations)
                {
                    json.WriteStartObject();
                    QueryOptions.WriteRelation(json, relation);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(ActorGraphSnapshot graph, Core.Actors.ActorId source, Core.Actors.ActorId target, IReadOnlyList<ActorPath> paths)
    {
        if (paths.Count == 0)
        {
            var from = graph.GetActor(graph.VertexOf(source)).Actor.Name;
            var to = graph.GetActor(graph.VertexOf(target)).Actor.Name;
            AnsiConsole.MarkupLine($"[grey]no path between {TerminalText.Cell(from)} and {TerminalText.Cell(to)}[/]");
            return;
        }

        var number = 0;
        foreach (var path in paths)
        {
            number++;
            var table = new Table()
                .Title($"{number}. {TerminalText.Cell(string.Join(" → ", path.Actors.Select(a => a.Name)))} ({path.Length} {(path.Length == 1 ? "hop" : "hops")})")
                .AddColumns("from", "relation", "to", "events", "first", "last");
            table.Columns[3].RightAligned();
            foreach (var hop in path.Hops)
            {
                foreach (var relation in hop.Relations)
                {
                    var forward = relation.Source == hop.From.Id || relation.Type.IsSymmetric();
                    table.AddRow(
                        TerminalText.Cell(forward ? hop.From.Name : hop.To.Name),
                        relation.Type.ToName(),
                        TerminalText.Cell(forward ? hop.To.Name : hop.From.Name),
                        relation.EventCount.ToString(CultureInfo.InvariantCulture),
                        QueryOptions.Date(relation.FirstDate),
                        QueryOptions.Date(relation.LastDate));
                }
            }

            TableOutput.Write(table);
        }
    }
}
