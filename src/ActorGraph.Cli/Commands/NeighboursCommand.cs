using System.CommandLine;
using System.Globalization;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Query.Neighbourhoods;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph neighbours ACTOR</c>: the actors within some hops of one actor, and the relations among them.</summary>
internal static class NeighboursCommand
{
    public static Command Create()
    {
        var actor = new Argument<string>("actor") { Description = "The actor at the centre: id, name or alias." };
        var depth = new Option<int>("--depth") { Description = "How many hops out.", DefaultValueFactory = _ => 1 };
        depth.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--depth must not be negative"); } });
        var directed = new Option<bool>("--directed") { Description = "Follow only relations the actor (and each neighbour) initiated; mutual types read both ways." };
        var types = QueryOptions.Types();
        var since = QueryOptions.Since();
        var until = QueryOptions.Until();
        var format = OutputFormat.TableOrJson();
        var command = new Command("neighbours", "List the actors around an actor and the relations among them.")
        {
            actor, depth, directed, types, since, until, format, StoreLocation.StoreOption,
        };
        command.SetAction((parseResult, cancellationToken) => QueryOptions.RunAsync(parseResult, (_, graph) =>
        {
            var center = QueryOptions.Resolve(graph, parseResult.GetValue(actor)!);
            var filter = QueryOptions.Filter(parseResult, types, since, until, parseResult.GetValue(directed));
            var network = graph.Neighbourhood(center, parseResult.GetValue(depth), filter);
            if (parseResult.IsJson(format))
            {
                QueryOptions.PrintJson(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("center", network.Center.Id.Value);
                    json.WriteNumber("depth", network.Depth);
                    json.WriteStartArray("nodes");
                    foreach (var node in network.Nodes)
                    {
                        json.WriteStartObject();
                        QueryOptions.WriteActor(json, node.Actor);
                        json.WriteNumber("distance", node.Distance);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("relations");
                    foreach (var relation in network.Relations)
                    {
                        json.WriteStartObject();
                        QueryOptions.WriteRelation(json, relation);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                WriteTables(network);
            }

            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static void WriteTables(EgoNetwork network)
    {
        var names = network.Nodes.ToDictionary(n => n.Actor.Id, n => n.Actor.Name);
        var actors = new Table().AddColumns("distance", "id", "name", "kind", "country");
        foreach (var node in network.Nodes)
        {
            actors.AddRow(
                node.Distance.ToString(CultureInfo.InvariantCulture),
                TerminalText.Cell(node.Actor.Id.Value),
                TerminalText.Cell(node.Actor.Name),
                node.Actor.Kind.ToName(),
                TerminalText.Cell(node.Actor.Country ?? ""));
        }

        TableOutput.Write(actors);
        if (network.Relations.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no relations[/]");
            return;
        }

        var relations = new Table().AddColumns("source", "relation", "target", "events", "first", "last");
        relations.Columns[3].RightAligned();
        foreach (var relation in network.Relations)
        {
            relations.AddRow(
                TerminalText.Cell(names[relation.Source]),
                relation.Type.ToName(),
                TerminalText.Cell(names[relation.Target]),
                relation.EventCount.ToString(CultureInfo.InvariantCulture),
                QueryOptions.Date(relation.FirstDate),
                QueryOptions.Date(relation.LastDate));
        }

        TableOutput.Write(relations);
        AnsiConsole.MarkupLine($"[grey]{network.Nodes.Count} actors, {network.Relations.Count} relations[/]");
    }
}
