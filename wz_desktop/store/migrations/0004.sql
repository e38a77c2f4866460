
CREATE INDEX tasks_figures ON tasks(kind, headcount, vehicles, departure, people_helped, result);
CREATE INDEX tasks_slot ON tasks((CAST(strftime('%w', departure) AS INTEGER) * 24
                                  + CAST(substr(departure, 12, 2) AS INTEGER)), kind, departure)
    WHERE length(departure) > 10;
