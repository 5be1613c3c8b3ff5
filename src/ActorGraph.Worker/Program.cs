// `dotnet run --project src/ActorGraph.Worker`: the host, its Serilog set-up (after Serilog's hosting sample) and the
// exit codes live in WorkerHost so that `actorgraph worker` runs exactly the same code.
return await ActorGraph.Worker.WorkerHost.RunAsync(args);
