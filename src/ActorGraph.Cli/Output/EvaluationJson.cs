using System.Text;
using System.Text.Json;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Cli.Output;

/// <summary>An evaluation report as one JSON object, for scripts that track the figures.</summary>
internal static class EvaluationJson
{
    public static string Serialize(EvaluationReport report, int errors)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("sentences", report.Sentences);
            foreach (var level in report.Levels)
            {
                w.WriteStartObject(level.Level.ToString().ToLowerInvariant());
                w.WriteNumber("precision", Math.Round(level.Precision, 4));
                w.WriteNumber("recall", Math.Round(level.Recall, 4));
                w.WriteNumber("f1", Math.Round(level.F1, 4));
                w.WriteNumber("predicted", level.Predicted);
                w.WriteNumber("predictedMatched", level.PredictedMatched);
                w.WriteNumber("gold", level.Gold);
                w.WriteNumber("goldMatched", level.GoldMatched);
                w.WriteEndObject();
            }

            w.WriteStartObject("recallByType");
            foreach (var t in report.PerType)
            {
                w.WriteStartObject(t.Type.ToName());
                w.WriteNumber("recall", Math.Round(t.Recall, 4));
                w.WriteNumber("matched", t.Matched);
                w.WriteNumber("gold", t.Gold);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            WriteErrors(w, "misses", report.Misses.Take(errors));
            WriteErrors(w, "falseEvents", report.FalseEvents.Take(errors));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteErrors(Utf8JsonWriter w, string name, IEnumerable<EvaluationError> errors)
    {
        w.WriteStartArray(name);
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("id", e.SentenceId);
            w.WriteString("type", e.Gold?.Type.ToName() ?? e.Predicted!.Type.ToName());
            w.WriteString("source", e.Gold is { } g ? g.SourceName : e.Predicted!.Source.Id.Value);
            w.WriteString("target", e.Gold is { } h ? h.TargetName : e.Predicted!.Target.Id.Value);
            w.WriteString("matchedAt", e.BestLevel?.ToString().ToLowerInvariant());
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
