<?php
// Property reads and writes: $this->x++, $this->y += and $this->p = $this->p + 1 in a
// method, and $o->x = $o->x + 1 on an object from outside its class.
class Point
{
    public $x = 0;
    public $y = 0;
    protected $hits = 0;

    public function step($d)
    {
        $this->x++;
        $this->y += $d;
        $this->hits = $this->hits + 1;
    }

    public function hits()
    {
        return $this->hits;
    }
}

$p = new Point();
for ($i = 0; $i < 1500000; $i++) {
    $p->step($i & 3);
}
$o = new Point();
for ($i = 0; $i < 3000000; $i++) {
    $o->x = $o->x + 1;
    $o->y = $o->x - $o->y;
}
echo $p->x, " ", $p->y, " ", $p->hits(), " ", $o->x, " ", $o->y, "\n";
