using ActorGraph.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ActorGraph.Worker;

/// <summary>Runs the inbox worker: the entry point of <c>ActorGraph.Worker</c> and of <c>actorgraph worker</c>.</summary>
public static class WorkerHost
{
    /// <summary>Runs until stopped (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>); returns the process exit code.</summary>
    /// <param name="args">Configuration overrides such as <c>--Worker:Inbox=/data/inbox</c>.</param>
    /// <param name="cancellationToken">Stops the worker gracefully when cancelled.</param>
    /// <returns>0 after a clean stop, 2 for an invalid setting, 3 when the store or worker id cannot be used, 1 on any other error.</returns>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        // The shape of Serilog's hosting sample: a bootstrap logger until configuration is read, Fatal for a host that
        // cannot start, and a flush on every way out.
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Error)
            .CreateBootstrapLogger();

        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = args,
                // appsettings.json ships beside the binaries; relative Worker paths still resolve against the working folder.
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Services.AddInboxWorker(builder.Configuration);
            builder.Services.AddSerilog((services, logger) => ConfigureLogging(logger, builder.Configuration, services));

            using var host = builder.Build();
            var exit = host.Services.GetRequiredService<WorkerExit>();
            await host.RunAsync(cancellationToken);
            return exit.Code;
        }
        catch (Exception exception) when (BadSetting(exception) is { } message)
        {
            Log.Fatal("Invalid setting: {Problem}", message);
            return WorkerExit.BadSetting;
        }
        catch (Exception exception)
        {
            Log.Fatal(exception, "The worker could not run");
            return WorkerExit.Crashed;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static void ConfigureLogging(LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services)
    {
        logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services).Enrich.FromLogContext();
        if (configuration.GetSection("Serilog:WriteTo").Exists())
        {
            return;
        }

        // Errors and fatal messages go to stderr, the rest to stdout.
        if (configuration.GetValue<bool>("Serilog:Json"))
        {
            logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Error);
        }
        else
        {
            logger.Enrich.With<TerminalSafeEnricher>().WriteTo.Console(standardErrorFromLevel: LogEventLevel.Error);
        }
    }

    // Validation failures name their settings; a value the binder cannot convert names its key in the message.
    private static string? BadSetting(Exception exception)
    {
        switch (exception)
        {
            case OptionsValidationException invalid:
                return string.Join("; ", invalid.Failures);
            case AggregateException aggregate:
                var messages = aggregate.InnerExceptions.Select(BadSetting).ToList();
                return messages.All(message => message is not null) ? string.Join("; ", messages) : null;
            case InvalidOperationException when exception.Source == "Microsoft.Extensions.Configuration.Binder":
                return exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message;
            default:
                return null;
        }
    }
}
