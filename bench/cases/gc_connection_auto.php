<?php
// The seed's php-amqplib Connection <-> Channel cycle (seed 13), made and dropped
// 1,000,000 times left to the automatic collector: it runs each time the root buffer
// reaches 10,001 possible roots, as in seed 14.
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

for ($i = 0; $i < 1000000; $i++) {
    createConnection();
}
$s = gc_status();
echo "runs {$s['runs']}, collected {$s['collected']}, roots {$s['roots']}\n";
