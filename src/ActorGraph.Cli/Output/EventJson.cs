using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Cli.Output;

/// <summary>The JSON line contract of <c>extract --format jsonl</c>: one object per event, field order fixed.</summary>
internal static class EventJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The event as one line of JSON.</summary>
    public static string Serialize(ActorEvent e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("article", e.ArticleId);
            w.WriteString("type", e.Type.ToName());
            if (e.Mode is null) { w.WriteNull("mode"); } else { w.WriteString("mode", e.Mode); }
            w.WriteString("quad", e.Quad.ToName());
            WriteActor(w, "source", e.Source);
            WriteActor(w, "target", e.Target);
            w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("datePrecision", e.DatePrecision.ToString().ToLowerInvariant());
            w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            w.WriteString("sentence", e.Evidence.Sentence);
            w.WriteNumber("sentenceIndex", e.Evidence.SentenceIndex);
            w.WriteStartArray("span");
            w.WriteNumberValue(e.Evidence.Start);
            w.WriteNumberValue(e.Evidence.End);
            w.WriteEndArray();
            w.WriteNumber("confidence", e.Evidence.Confidence);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteActor(Utf8JsonWriter w, string name, Actor a)
    {
        w.WriteStartObject(name);
        w.WriteString("id", a.Id.Value);
        w.WriteString("name", a.Name);
        w.WriteString("kind", a.Kind.ToName());
        if (a.Country is null) { w.WriteNull("country"); } else { w.WriteString("country", a.Country); }
        if (a.Sector is not null) { w.WriteString("sector", a.Sector); }
        w.WriteEndObject();
    }
}
