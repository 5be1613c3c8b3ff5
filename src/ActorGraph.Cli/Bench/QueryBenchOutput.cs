using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Cli.Bench;

/// <summary>Writes a query bench report as an aligned table or as one JSON object.</summary>
public static class QueryBenchOutput
{
    /// <summary>The report as a table: graph size, load time, a row of percentiles per kind, memory.</summary>
    public static string Table(QueryBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"graph:  {report.Actors} actors, {report.Relations} relations");
        text.AppendLine(c, $"load:   {report.LoadSeconds:F2} s");
        text.AppendLine(c, $"pairs:  {report.Pairs} (seed {report.Seed}), every kind once per pair, after {QueryBench.WarmUpPairs} warm-up pairs");
        text.AppendLine(c, $"{"query",-18} {"count",6} {"found",6} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"mean ms",9} {"max ms",9}");
        foreach (var l in report.Latencies)
        {
            var found = report.Found.First(p => QueryBench.Name(p.Key) == l.Kind).Value;
            text.AppendLine(c, $"{l.Kind,-18} {l.Count,6} {found,6} {l.P50,9:F3} {l.P95,9:F3} {l.P99,9:F3} {l.Mean,9:F3} {l.Max,9:F3}");
        }

        text.AppendLine(c, $"memory: peak working set {MemoryReading.Mib(report.AtEnd.PeakWorkingSetBytes):F0} MiB (after load {MemoryReading.Mib(report.AfterLoad.PeakWorkingSetBytes):F0} MiB); managed heap after load {MemoryReading.Mib(report.AfterLoad.ManagedHeapBytes):F0} MiB; GC pauses {report.AtEnd.GcPauseMilliseconds:F0} ms");
        return text.ToString();
    }

    /// <summary>The report as one JSON object, times in milliseconds except <c>loadSeconds</c>, memory in bytes.</summary>
    public static string Json(QueryBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("actors", report.Actors);
            json.WriteNumber("relations", report.Relations);
            json.WriteNumber("loadSeconds", Math.Round(report.LoadSeconds, 3));
            json.WriteNumber("pairs", report.Pairs);
            json.WriteNumber("seed", report.Seed);
            json.WriteStartArray("queries");
            foreach (var l in report.Latencies)
            {
                json.WriteStartObject();
                json.WriteString("kind", l.Kind);
                json.WriteNumber("count", l.Count);
                json.WriteNumber("found", report.Found.First(p => QueryBench.Name(p.Key) == l.Kind).Value);
                json.WriteNumber("p50", Math.Round(l.P50, 4));
                json.WriteNumber("p95", Math.Round(l.P95, 4));
                json.WriteNumber("p99", Math.Round(l.P99, 4));
                json.WriteNumber("mean", Math.Round(l.Mean, 4));
                json.WriteNumber("max", Math.Round(l.Max, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("memory");
            json.WriteNumber("peakWorkingSetBytes", report.AtEnd.PeakWorkingSetBytes);
            json.WriteNumber("peakWorkingSetAfterLoadBytes", report.AfterLoad.PeakWorkingSetBytes);
            json.WriteNumber("managedHeapAfterLoadBytes", report.AfterLoad.ManagedHeapBytes);
            json.WriteNumber("gcPauseMilliseconds", Math.Round(report.AtEnd.GcPauseMilliseconds, 1));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
