--TEST--
closures returned from a function act as independent counters with private state
--FILE--
<?php
function makeCounter($start = 0) {
    $count = $start;
    return [
        'inc' => function () use (&$count) { return ++$count; },
        'get' => function () use (&$count) { return $count; },
    ];
}
$a = makeCounter();
$b = makeCounter(100);
$a['inc']();
$a['inc']();
$b['inc']();
echo $a['get'](), " ", $b['get'](), "\n";
echo $a['inc'](), "\n";
--EXPECT--
2 101
3
