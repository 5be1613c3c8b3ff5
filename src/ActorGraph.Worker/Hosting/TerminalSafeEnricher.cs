using ActorGraph.Core.Text;
using Serilog.Core;
using Serilog.Events;

namespace ActorGraph.Worker.Hosting;

/// <summary>
/// For text logs on a console: string properties (file names, article ids, reasons) get their control and bidi
/// characters replaced by visible escapes, so a hostile file name cannot steer the terminal reading the log.
/// </summary>
internal sealed class TerminalSafeEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && TerminalText.Safe(text) is var safe && !ReferenceEquals(safe, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(safe)));
            }
        }
    }
}
