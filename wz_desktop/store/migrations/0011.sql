-- V11: task_squads_squad (squad_id, task_id) goes: task_squads_load (squad_id, departure, kind,
-- headcount, vehicles) leads with the squad too and ends with the key (task_id, squad_id), so it
-- answers every question the smaller one did (a squad's tasks, the cascade of a deleted squad),
-- and one index fewer to sort is a tenth less of a big import's squad links.
DROP INDEX task_squads_squad;
