<?php
// The seed's php-amqplib Connection <-> Channel cycle (seed 13), made and dropped
// 1,000,000 times with gc_collect_cycles() after each: a collection per iteration,
// each running a destructor and freeing the pair in a second pass.
class Connection
{
    public $channel;
    public $var = '离离原上草，一岁一枯荣。野火烧不尽，春风吹又生。';

    public function channel($channel_id = null)
    {
        $ch = new Channel($this);
        $this->channel = $ch;
        return $ch;
    }

    public function __destruct()
    {
        $this->channel->close();
    }
}

class Channel
{
    protected $connection;

    public function __construct($connection)
    {
        $this->connection = $connection;
    }

    public function close()
    {
        $this->connection = null;
    }
}

function createConnection()
{
    $objConnection = new Connection();
    $objChannel = $objConnection->channel();
    $objChannel = null;
    $objConnection = null;
}

$freed = 0;
for ($i = 0; $i < 1000000; $i++) {
    createConnection();
    $freed += gc_collect_cycles();
}
$s = gc_status();
echo "freed $freed, runs {$s['runs']}, collected {$s['collected']}, roots {$s['roots']}\n";
