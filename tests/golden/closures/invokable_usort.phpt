--TEST--
an invokable comparator object passed to usort
--FILE--
<?php
class ByField {
    public $calls = 0;
    public function __construct(private string $field) {}
    public function __invoke($a, $b) { $this->calls++; return $a[$this->field] <=> $b[$this->field]; }
}
$rows = [['id' => 3, 'n' => 'c'], ['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']];
$cmp = new ByField('id');
usort($rows, $cmp);
echo implode(",", array_column($rows, 'n')), "\n";
var_dump($cmp->calls > 0);
--EXPECT--
a,b,c
bool(true)
