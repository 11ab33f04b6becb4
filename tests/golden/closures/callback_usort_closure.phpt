--TEST--
usort, uasort and uksort with closure comparators, including one capturing a sort direction
--FILE--
<?php
$people = [['n' => 'Cy', 'age' => 30], ['n' => 'Al', 'age' => 25], ['n' => 'Bo', 'age' => 35]];
$dir = -1;
usort($people, function ($a, $b) use ($dir) { return $dir * ($a['age'] <=> $b['age']); });
echo implode(",", array_column($people, 'n')), "\n";
$scores = ['x' => 3, 'y' => 1, 'z' => 2];
uasort($scores, fn($a, $b) => $a <=> $b);
print_r($scores);
uksort($scores, fn($a, $b) => strcmp($b, $a));
print_r($scores);
--EXPECT--
Bo,Cy,Al
Array
(
    [y] => 1
    [z] => 2
    [x] => 3
)
Array
(
    [z] => 2
    [y] => 1
    [x] => 3
)
