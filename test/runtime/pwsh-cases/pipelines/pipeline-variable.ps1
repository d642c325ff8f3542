# pipelines: -PipelineVariable keeps the current object for later pipeline stages (about_CommonParameters)
1..2 | ForEach-Object -PipelineVariable outer { $_ } | ForEach-Object { "$outer-$($_ * 10)" }
