<?php
// Objects with a destructor and no constructor: each one made, given properties and
// freed at once, then whole arrays of them freed together.
class Tracker
{
    public $closed = 0;
}

class Handle
{
    public $tracker;
    public $id = 0;

    public function __destruct()
    {
        $this->tracker->closed++;
    }
}

$tracker = new Tracker();
for ($i = 0; $i < 800000; $i++) {
    $h = new Handle();
    $h->tracker = $tracker;
    $h->id = $i;
    $h = null;
}
for ($r = 0; $r < 400; $r++) {
    $list = [];
    for ($j = 0; $j < 1000; $j++) {
        $h = new Handle();
        $h->tracker = $tracker;
        $list[] = $h;
    }
    $h = null;
    $list = null;
}
echo $tracker->closed, "\n";
