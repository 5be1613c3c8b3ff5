using ActorGraph.Worker.Processing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Hosting;

/// <summary>Registers the inbox worker and its options.</summary>
internal static class WorkerServices
{
    public static IServiceCollection AddInboxWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>()
            .Bind(configuration.GetSection(WorkerOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddOptions<HostOptions>()
            .Configure<IOptions<WorkerOptions>>((host, worker) => host.ShutdownTimeout = worker.Value.ShutdownTimeout);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStoreFactory, SqliteStoreFactory>();
        services.TryAddSingleton<IArticleSource, FileArticleSource>();
        services.TryAddSingleton<Func<IArticleExtractor>>(provider => () => new KnowledgeExtractor(provider.GetRequiredService<IOptions<WorkerOptions>>()));
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton<WorkerExit>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}
