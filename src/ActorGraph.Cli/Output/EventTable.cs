using System.Globalization;
using ActorGraph.Core.Events;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>The readable table <c>extract</c> prints by default.</summary>
internal static class EventTable
{
    /// <summary>Writes the events as a table, or a line saying there were none.</summary>
    public static void Write(IReadOnlyList<ActorEvent> events)
    {
        if (events.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no events found[/]");
            return;
        }

        var table = new Table().AddColumns("article", "date", "source", "type", "target", "modality", "sentence");
        foreach (var e in events)
        {
            table.AddRow(
                TerminalText.Cell(e.ArticleId),
                e.Date.ToString(e.DatePrecision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "yyyy-MM", _ => "yyyy-MM-dd" }, CultureInfo.InvariantCulture),
                TerminalText.Cell(e.Source.Name),
                TerminalText.Cell(e.Mode is null ? e.Type.ToName() : $"{e.Type.ToName()}/{e.Mode}"),
                TerminalText.Cell(e.Target.Name),
                e.Modality.ToString().ToLowerInvariant(),
                TerminalText.Cell(e.Evidence.Sentence.Length > 90 ? e.Evidence.Sentence[..87] + "..." : e.Evidence.Sentence));
        }

        TableOutput.Write(table);
        AnsiConsole.MarkupLine($"[grey]{events.Count} events[/]");
    }
}
