using System.Globalization;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Evaluation;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>An evaluation report as readable tables, then the worst errors one per line.</summary>
internal static class EvaluationTable
{
    public static void Write(EvaluationReport report, int errors)
    {
        var levels = new Table().AddColumn("level").AddColumn(Right("precision")).AddColumn(Right("recall")).AddColumn(Right("F1"))
            .AddColumn(Right("predicted")).AddColumn(Right("gold"));
        foreach (var l in report.Levels)
        {
            levels.AddRow(l.Level.ToString().ToLowerInvariant(), F(l.Precision), F(l.Recall), F(l.F1),
                $"{l.PredictedMatched}/{l.Predicted}", $"{l.GoldMatched}/{l.Gold}");
        }

        Console.Out.WriteLine($"{report.Sentences} sentences");
        TableOutput.Write(levels);
        var types = new Table().AddColumn("type").AddColumn(Right("recall")).AddColumn(Right("found"));
        foreach (var t in report.PerType)
        {
            types.AddRow(t.Type.ToName(), F(t.Recall), $"{t.Matched}/{t.Gold}");
        }

        TableOutput.Write(types);
        if (errors == 0)
        {
            return;
        }

        Console.Out.WriteLine($"worst misses ({Math.Min(errors, report.Misses.Count)} of {report.Misses.Count}):");
        foreach (var e in report.Misses.Take(errors))
        {
            var g = e.Gold!;
            Console.Out.WriteLine($"  MISS {e.SentenceId} {g.SourceName} [{g.SourceCountry ?? "-"}] {g.Type.ToName()} {g.TargetName} [{g.TargetCountry ?? "-"}]{Level(e)} :: {e.Text}");
        }

        Console.Out.WriteLine($"worst false events ({Math.Min(errors, report.FalseEvents.Count)} of {report.FalseEvents.Count}):");
        foreach (var e in report.FalseEvents.Take(errors))
        {
            var p = e.Predicted!;
            Console.Out.WriteLine($"  FALSE {e.SentenceId} {p.Source.Id} {p.Type.ToName()} {p.Target.Id} [{p.Modality.ToString().ToLowerInvariant()}]{Level(e)} :: {e.Text}");
        }
    }

    private static string Level(EvaluationError e) => e.BestLevel is { } l ? $" (matches at {l.ToString().ToLowerInvariant()} level)" : "";

    private static TableColumn Right(string name) => new TableColumn(name).RightAligned();

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
