using ActorGraph.Storage.Neo4j;
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
        if (!string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.Section}:Uri"]))
        {
            // Bad Neo4j settings stop the worker at start, naming the setting, like every other option.
            Neo4jOptions neo4j;
            try
            {
                neo4j = Neo4jOptions.FromConfiguration(configuration.AsEnumerable());
            }
            catch (ArgumentException e)
            {
                throw new OptionsValidationException(Neo4jOptions.Section, typeof(Neo4jOptions), [e.Message]);
            }

            services.TryAddSingleton(neo4j);
            services.TryAddSingleton<IStoreFactory, Neo4jStoreFactory>();
        }

        services.TryAddSingleton<IStoreFactory, SqliteStoreFactory>();
        services.TryAddSingleton<IArticleSource, FileArticleSource>();
        services.TryAddSingleton<Func<IArticleExtractor>>(provider => () => new KnowledgeExtractor(provider.GetRequiredService<IOptions<WorkerOptions>>()));
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton<WorkerExit>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}
