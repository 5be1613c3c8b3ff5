using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Query.Alignment;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph align A [B]</c>: how far two actors cooperate rather than clash, or who an actor sides with and against.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("actor") { Description = "The actor: id, name or alias." };
        var second = new Argument<string?>("other")
        {
            Description = "The other actor; without it, the actors most aligned with and most opposed to the first.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var top = new Option<int>("--top") { Description = "How many most aligned and most opposed actors to list.", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--top must be at least 1"); } });
        var since = QueryOptions.Since();
        var until = QueryOptions.Until();
        var format = OutputFormat.TableOrJson();
        var command = new Command(
            "align",
            "Score alignment in [-1, 1] from cooperative against conflictual events (deeds count double words).")
        {
            first, second, top, since, until, format, StoreLocation.StoreOption,
        };
        command.SetAction((parseResult, cancellationToken) => QueryOptions.RunAsync(parseResult, (_, graph) =>
        {
            var a = QueryOptions.Resolve(graph, parseResult.GetValue(first)!);
            var (from, to) = (parseResult.GetValue(since), parseResult.GetValue(until));
            if (from is { } s && to is { } u && s > u)
            {
                return Task.FromResult(StoreCommand.Fail($"--since {QueryOptions.Date(s)} is after --until {QueryOptions.Date(u)}"));
            }

            var json = parseResult.IsJson(format);
            if (parseResult.GetValue(second) is { } otherText)
            {
                var score = graph.Alignment(a, QueryOptions.Resolve(graph, otherText), from, to);
                if (json)
                {
                    QueryOptions.PrintJson(w => WriteScore(w, score));
                }
                else
                {
                    TableOutput.Write(Table([score]));
                }

                return Task.FromResult(0);
            }

            var count = parseResult.GetValue(top);
            var aligned = graph.MostAligned(a, count, from, to);
            var opposed = graph.MostOpposed(a, count, from, to);
            if (json)
            {
                QueryOptions.PrintJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("actor", a.Value);
                    w.WriteStartArray("aligned");
                    foreach (var score in aligned)
                    {
                        WriteScore(w, score);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("opposed");
                    foreach (var score in opposed)
                    {
                        WriteScore(w, score);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                AnsiConsole.MarkupLine("[bold]most aligned[/]");
                WriteOrNone(aligned);
                AnsiConsole.MarkupLine("[bold]most opposed[/]");
                WriteOrNone(opposed);
            }

            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static void WriteOrNone(IReadOnlyList<AlignmentScore> scores)
    {
        if (scores.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]none[/]");
        }
        else
        {
            TableOutput.Write(Table(scores));
        }
    }

    private static Table Table(IEnumerable<AlignmentScore> scores)
    {
        var table = new Table().AddColumns("actor", "other", "score", "cooperative", "conflictual", "verbal coop", "material coop", "verbal conflict", "material conflict");
        for (var i = 2; i < 9; i++)
        {
            table.Columns[i].RightAligned();
        }

        foreach (var s in scores)
        {
            table.AddRow(
                TerminalText.Cell(s.First.Name), TerminalText.Cell(s.Second.Name),
                s.Score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
                Number(s.Cooperative), Number(s.Conflictual),
                Number(s.VerbalCooperation), Number(s.MaterialCooperation), Number(s.VerbalConflict), Number(s.MaterialConflict));
        }

        return table;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteScore(Utf8JsonWriter json, AlignmentScore score)
    {
        json.WriteStartObject();
        json.WriteString("actor", score.First.Id.Value);
        json.WriteString("other", score.Second.Id.Value);
        json.WriteString("otherName", score.Second.Name);
        json.WriteNumber("score", score.Score);
        json.WriteNumber("verbalCooperation", score.VerbalCooperation);
        json.WriteNumber("materialCooperation", score.MaterialCooperation);
        json.WriteNumber("verbalConflict", score.VerbalConflict);
        json.WriteNumber("materialConflict", score.MaterialConflict);
        json.WriteEndObject();
    }
}
