<?php
// Hash arrays with string keys: insert, look up, update and delete 200,000 keys
// over several rounds, so the table grows, fills with holes and compacts.
$table = [];
$hits = 0;
for ($round = 0; $round < 5; $round++) {
    for ($i = 0; $i < 200000; $i++) {
        $table["key" . $i] = $i + $round;
    }
    for ($i = 0; $i < 200000; $i += 3) {
        if (isset($table["key" . $i])) {
            $hits += $table["key" . $i];
        }
    }
    for ($i = 0; $i < 200000; $i += 2) {
        unset($table["key" . $i]);
    }
}
echo count($table), " ", $hits, "\n";
