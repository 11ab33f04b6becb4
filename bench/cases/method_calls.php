<?php
// Method calls and property access: a counter object updated through methods, its
// fields read and written through $this.
class Counter
{
    public $count = 0;
    private $step = 1;

    public function add($n)
    {
        $this->count = $this->count + $n * $this->step;
        return $this;
    }

    public function value()
    {
        return $this->count;
    }
}

$c = new Counter();
$sum = 0;
for ($i = 0; $i < 2000000; $i++) {
    $c->add($i & 7);
    $sum += $c->value();
}
echo $sum, "\n";
